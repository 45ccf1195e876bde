from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/terms.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_content = resolve('content')
    l_0_m = missing
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
    try:
        t_3 = environment.filters['lines']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'lines' found.")
    pass
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'sections/terms.html')._get_default_module(context)
    context.exported_vars.discard('m')
    if environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'terms'):
        pass
        yield '<p class="lead-in">The shared glossary: how each team used a word before the workshop, and the definition both now use. Disputed terms are not yet settled.</p><table class="grid terms"><colgroup><col style="width: 19%"><col style="width: 23%"><col style="width: 23%"><col style="width: 35%"></colgroup><thead><tr><th>Term</th><th>Sales’ words</th><th>Marketing’s words</th><th>Agreed definition</th></tr></thead><tbody>'
        for l_1_term in environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'terms'):
            l_1_taller_than_page = resolve('taller_than_page')
            _loop_vars = {}
            pass
            yield '<tr class="term term-'
            yield escape(environment.finalize(environment.getattr(l_1_term, 'status')))
            if context.call((undefined(name='taller_than_page') if l_1_taller_than_page is missing else l_1_taller_than_page), [(markup_join((environment.getattr(l_1_term, 'name'), ' ', t_1(context.eval_ctx, environment.getattr(l_1_term, 'aliases'), ' '), )), 0.19), (environment.getattr(l_1_term, 'sales_view'), 0.23), (environment.getattr(l_1_term, 'marketing_view'), 0.23), (markup_join((environment.getattr(l_1_term, 'agreed_definition'), '\n', environment.getattr(l_1_term, 'notes'), )), 0.35)], _loop_vars=_loop_vars):
                pass
                yield ' row-split'
            yield '"><td class="name term-name">'
            yield escape(environment.finalize(environment.getattr(l_1_term, 'name')))
            yield '\n'
            if (environment.getattr(l_1_term, 'status') != 'agreed'):
                pass
                yield '<br>'
                yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'tag'), t_2(environment.getattr(l_1_term, 'status'), 'term_status'), environment.getattr(l_1_term, 'status'), _loop_vars=_loop_vars)))
            if environment.getattr(l_1_term, 'aliases'):
                pass
                yield '<span class="aliases">Formerly: '
                yield escape(environment.finalize(t_1(context.eval_ctx, environment.getattr(l_1_term, 'aliases'), ', ')))
                yield '</span>'
            yield '</td><td>'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'text'), t_3(environment.getattr(l_1_term, 'sales_view')), _loop_vars=_loop_vars)))
            yield '</td><td>'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'text'), t_3(environment.getattr(l_1_term, 'marketing_view')), _loop_vars=_loop_vars)))
            yield '</td><td class="agreed">'
            if environment.getattr(l_1_term, 'agreed_definition'):
                pass
                yield escape(environment.finalize(t_3(environment.getattr(l_1_term, 'agreed_definition'))))
            elif (environment.getattr(l_1_term, 'status') == 'disputed'):
                pass
                yield '<span class="none">Not yet agreed</span>'
            else:
                pass
                yield '<span class="none">—</span>'
            if environment.getattr(l_1_term, 'notes'):
                pass
                yield '<span class="note">'
                yield escape(environment.finalize(t_3(environment.getattr(l_1_term, 'notes'))))
                yield '</span>'
            yield '</td></tr>'
        l_1_term = l_1_taller_than_page = missing
        yield '</tbody></table>'
    else:
        pass
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'empty'), 'No terms have been recorded.')))
        yield '\n'

blocks = {}
debug_info = '1=31&2=33&3=48&4=52&5=71&6=81'