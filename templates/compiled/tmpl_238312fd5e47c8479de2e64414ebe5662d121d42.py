from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/sla-windows.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_content = resolve('content')
    l_0_sla_total = resolve('sla_total')
    l_0_m = missing
    try:
        t_1 = environment.filters['duration']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'duration' found.")
    try:
        t_2 = environment.filters['lines']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'lines' found.")
    pass
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'sections/sla-windows.html')._get_default_module(context)
    context.exported_vars.discard('m')
    if environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'sla_windows'):
        pass
        yield '<p class="lead-in">How long each side has for each step. Business-hour windows count only the business hours of section 1; a breach alerts the people named.</p><table class="grid windows"><colgroup><col style="width: 20%"><col style="width: 33%"><col style="width: 11%"><col style="width: 17%"><col style="width: 19%"></colgroup><thead><tr><th>Step</th><th>From → to</th><th>Owner</th><th>Within</th><th>On breach, alert</th></tr></thead><tbody>'
        for l_1_window in environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'sla_windows'):
            l_1_taller_than_page = resolve('taller_than_page')
            l_1_names = resolve('names')
            _loop_vars = {}
            pass
            yield '<tr'
            if context.call((undefined(name='taller_than_page') if l_1_taller_than_page is missing else l_1_taller_than_page), [(markup_join((environment.getattr(l_1_window, 'start_event'), ' ', environment.getattr(l_1_window, 'end_event'), '\n', environment.getattr(l_1_window, 'notes'), )), 0.33)], _loop_vars=_loop_vars):
                pass
                yield ' class="row-split"'
            yield '><td class="name">'
            yield escape(environment.finalize(environment.getattr(l_1_window, 'name')))
            yield '</td><td>'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'span'), environment.getattr(l_1_window, 'start_event'), environment.getattr(l_1_window, 'end_event'), _loop_vars=_loop_vars)))
            yield '\n'
            if (environment.getattr(l_1_window, 'from_stage') or environment.getattr(l_1_window, 'to_stage')):
                pass
                yield '<span class="note">Stages: '
                yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'span'), (context.call(environment.getattr(environment.getattr((undefined(name='names') if l_1_names is missing else l_1_names), 'stages'), 'get'), environment.getattr(l_1_window, 'from_stage'), environment.getattr(l_1_window, 'from_stage'), _loop_vars=_loop_vars) if environment.getattr(l_1_window, 'from_stage') else ''), (context.call(environment.getattr(environment.getattr((undefined(name='names') if l_1_names is missing else l_1_names), 'stages'), 'get'), environment.getattr(l_1_window, 'to_stage'), environment.getattr(l_1_window, 'to_stage'), _loop_vars=_loop_vars) if environment.getattr(l_1_window, 'to_stage') else ''), _loop_vars=_loop_vars)))
                yield '</span>'
            if environment.getattr(l_1_window, 'notes'):
                pass
                yield '<span class="note">'
                yield escape(environment.finalize(t_2(environment.getattr(l_1_window, 'notes'))))
                yield '</span>'
            yield '</td><td>'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'team'), environment.getattr(l_1_window, 'owner'), _loop_vars=_loop_vars)))
            yield '</td><td class="name duration">'
            yield escape(environment.finalize(t_1(environment.getattr(l_1_window, 'within'), environment.getattr(l_1_window, 'clock'), name_calendar=True)))
            yield '</td><td>'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'people'), environment.getattr(l_1_window, 'escalate_to'), (undefined(name='names') if l_1_names is missing else l_1_names), _loop_vars=_loop_vars)))
            yield '</td></tr>'
        l_1_window = l_1_taller_than_page = l_1_names = missing
        yield '</tbody></table><p class="total">End to end, if every step takes all its time: <strong>'
        yield escape(environment.finalize(context.call((undefined(name='sla_total') if l_0_sla_total is missing else l_0_sla_total), (undefined(name='content') if l_0_content is missing else l_0_content), long=True)))
        yield '</strong>.</p>'
    else:
        pass
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'empty'), 'No SLA windows have been recorded.')))
        yield '\n'

blocks = {}
debug_info = '1=26&2=28&3=45&4=50&5=68'