from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'macros.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_text = l_0_list_text = l_0_people = l_0_tag = l_0_team = l_0_empty = l_0_span = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['label']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'label' found.")
    pass
    def macro(l_1_value):
        t_3 = []
        if l_1_value is missing:
            l_1_value = undefined("parameter 'value' was not provided", name='value')
        pass
        if l_1_value:
            pass
            t_3.append(
                escape(environment.finalize(l_1_value)),
            )
        else:
            pass
            t_3.append(
                '<span class="none">—</span>',
            )
        return concat(t_3)
    context.exported_vars.add('text')
    context.vars['text'] = l_0_text = Macro(environment, macro, 'text', ('value',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_values):
        t_4 = []
        if l_1_values is missing:
            l_1_values = undefined("parameter 'values' was not provided", name='values')
        pass
        if l_1_values:
            pass
            t_4.append(
                escape(environment.finalize(t_1(context.eval_ctx, l_1_values, ', '))),
            )
        else:
            pass
            t_4.append(
                '<span class="none">—</span>',
            )
        return concat(t_4)
    context.exported_vars.add('list_text')
    context.vars['list_text'] = l_0_list_text = Macro(environment, macro, 'list_text', ('values',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_keys, l_1_names):
        t_5 = []
        if l_1_keys is missing:
            l_1_keys = undefined("parameter 'keys' was not provided", name='keys')
        if l_1_names is missing:
            l_1_names = undefined("parameter 'names' was not provided", name='names')
        pass
        if l_1_keys:
            pass
            l_2_loop = missing
            for l_2_key, l_2_loop in LoopContext(l_1_keys, undefined):
                _loop_vars = {}
                pass
                t_5.append(
                    escape(environment.finalize(context.call(environment.getattr(environment.getattr(l_1_names, 'stakeholders'), 'get'), l_2_key, l_2_key, _loop_vars=_loop_vars))),
                )
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    t_5.append(
                        ', ',
                    )
            l_2_loop = l_2_key = missing
        else:
            pass
            t_5.append(
                '<span class="none">—</span>',
            )
        return concat(t_5)
    context.exported_vars.add('people')
    context.vars['people'] = l_0_people = Macro(environment, macro, 'people', ('keys', 'names'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_word, l_1_kind):
        t_6 = []
        if l_1_word is missing:
            l_1_word = undefined("parameter 'word' was not provided", name='word')
        if l_1_kind is missing:
            l_1_kind = undefined("parameter 'kind' was not provided", name='kind')
        pass
        t_6.extend((
            '<span class="tag tag-',
            escape(environment.finalize(l_1_kind)),
            '">',
            escape(environment.finalize(l_1_word)),
            '</span>',
        ))
        return concat(t_6)
    context.exported_vars.add('tag')
    context.vars['tag'] = l_0_tag = Macro(environment, macro, 'tag', ('word', 'kind'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_value):
        t_7 = []
        if l_1_value is missing:
            l_1_value = undefined("parameter 'value' was not provided", name='value')
        pass
        t_7.extend((
            '<span class="team team-',
            escape(environment.finalize(l_1_value)),
            '">',
            escape(environment.finalize(t_2(l_1_value, 'team'))),
            '</span>',
        ))
        return concat(t_7)
    context.exported_vars.add('team')
    context.vars['team'] = l_0_team = Macro(environment, macro, 'team', ('value',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_what):
        t_8 = []
        if l_1_what is missing:
            l_1_what = undefined("parameter 'what' was not provided", name='what')
        pass
        t_8.extend((
            '<p class="empty">',
            escape(environment.finalize(l_1_what)),
            '</p>',
        ))
        return concat(t_8)
    context.exported_vars.add('empty')
    context.vars['empty'] = l_0_empty = Macro(environment, macro, 'empty', ('what',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_start, l_1_end):
        t_9 = []
        if l_1_start is missing:
            l_1_start = undefined("parameter 'start' was not provided", name='start')
        if l_1_end is missing:
            l_1_end = undefined("parameter 'end' was not provided", name='end')
        pass
        if (l_1_start and l_1_end):
            pass
            t_9.extend((
                escape(environment.finalize(l_1_start)),
                ' → ',
                escape(environment.finalize(l_1_end)),
            ))
        elif l_1_start:
            pass
            t_9.extend((
                'from ',
                escape(environment.finalize(l_1_start)),
            ))
        elif l_1_end:
            pass
            t_9.extend((
                'to ',
                escape(environment.finalize(l_1_end)),
            ))
        else:
            pass
            t_9.append(
                '<span class="none">—</span>',
            )
        return concat(t_9)
    context.exported_vars.add('span')
    context.vars['span'] = l_0_span = Macro(environment, macro, 'span', ('start', 'end'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=24&3=29&6=43&7=48&10=62&11=69&14=93&15=102&18=111&19=118&22=127&25=141&26=148'