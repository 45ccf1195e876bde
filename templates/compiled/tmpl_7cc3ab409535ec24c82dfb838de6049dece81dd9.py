from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/stages.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_content = resolve('content')
    l_0_count = resolve('count')
    l_0_m = missing
    try:
        t_1 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['lines']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'lines' found.")
    pass
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'sections/stages.html')._get_default_module(context)
    context.exported_vars.discard('m')
    if environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'stages'):
        pass
        yield '<p class="lead-in">The one funnel both teams use, top to bottom. The handoff stage is where marketing passes a lead to sales and sales accepts or rejects it.</p><table class="grid stages"><colgroup><col style="width: 30%"><col style="width: 12%"><col style="width: 29%"><col style="width: 29%"></colgroup><thead><tr><th>Stage</th><th>Owner</th><th>Entry criteria</th><th>Exit criteria</th></tr></thead><tbody>'
        l_0_count = t_2(environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'stages'))
        context.vars['count'] = l_0_count
        context.exported_vars.add('count')
        l_1_loop = missing
        for l_1_stage, l_1_loop in LoopContext(environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'stages'), undefined):
            l_1_taller_than_page = resolve('taller_than_page')
            l_1_taker = resolve('taker')
            l_1_inset = missing
            _loop_vars = {}
            pass
            l_1_inset = (0 if ((undefined(name='count') if l_0_count is missing else l_0_count) == 1) else ((environment.getattr(l_1_loop, 'index0') * 30) / ((undefined(name='count') if l_0_count is missing else l_0_count) - 1)))
            _loop_vars['inset'] = l_1_inset
            yield '<tr class="stage'
            if environment.getattr(l_1_stage, 'handoff'):
                pass
                yield ' stage-handoff'
            if context.call((undefined(name='taller_than_page') if l_1_taller_than_page is missing else l_1_taller_than_page), [(environment.getattr(l_1_stage, 'entry_criteria'), 0.29), (environment.getattr(l_1_stage, 'exit_criteria'), 0.29)], _loop_vars=_loop_vars):
                pass
                yield ' row-split'
            yield '"><td class="funnel-cell"><div class="funnel-bar owner-'
            yield escape(environment.finalize(environment.getattr(l_1_stage, 'owner')))
            yield '" style="margin-left: '
            yield escape(environment.finalize(t_1('%.1f', ((undefined(name='inset') if l_1_inset is missing else l_1_inset) / 2))))
            yield '%; margin-right: '
            yield escape(environment.finalize(t_1('%.1f', ((undefined(name='inset') if l_1_inset is missing else l_1_inset) / 2))))
            yield '%">'
            yield escape(environment.finalize(environment.getattr(l_1_stage, 'name')))
            yield '</div>'
            if environment.getattr(l_1_stage, 'handoff'):
                pass
                l_1_taker = (environment.getattr(environment.getitem(environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'stages'), environment.getattr(l_1_loop, 'index')), 'owner') if (not environment.getattr(l_1_loop, 'last')) else None)
                _loop_vars['taker'] = l_1_taker
                yield '<div class="handoff-mark">Handoff: '
                yield escape(environment.finalize(environment.getattr(l_1_stage, 'owner')))
                yield ' → '
                yield escape(environment.finalize(((undefined(name='taker') if l_1_taker is missing else l_1_taker) if (undefined(name='taker') if l_1_taker is missing else l_1_taker) else '(no next stage)')))
                yield '</div>'
            yield '</td><td>'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'team'), environment.getattr(l_1_stage, 'owner'), _loop_vars=_loop_vars)))
            yield '</td><td>'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'text'), t_3(environment.getattr(l_1_stage, 'entry_criteria')), _loop_vars=_loop_vars)))
            yield '</td><td>'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'text'), t_3(environment.getattr(l_1_stage, 'exit_criteria')), _loop_vars=_loop_vars)))
            yield '</td></tr>'
        l_1_loop = l_1_stage = l_1_inset = l_1_taller_than_page = l_1_taker = missing
        yield '</tbody></table>'
    else:
        pass
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'empty'), 'No stages have been recorded.')))
        yield '\n'

blocks = {}
debug_info = '1=32&2=34&3=41&4=47&5=85'