from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/cadences.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_content = resolve('content')
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
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'sections/cadences.html')._get_default_module(context)
    context.exported_vars.discard('m')
    yield '<p class="lead-in">The meetings that keep this agreement alive.</p><table class="grid cadences"><colgroup><col style="width: 22%"><col style="width: 16%"><col style="width: 26%"><col style="width: 36%"></colgroup><thead><tr><th>Meeting</th><th>Every</th><th>Attendees</th><th>Agenda</th></tr></thead><tbody>'
    for l_1_cadence in environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'cadences'):
        l_1_taller_than_page = resolve('taller_than_page')
        l_1_names = resolve('names')
        _loop_vars = {}
        pass
        yield '<tr'
        if context.call((undefined(name='taller_than_page') if l_1_taller_than_page is missing else l_1_taller_than_page), [(environment.getattr(l_1_cadence, 'agenda'), 0.36)], _loop_vars=_loop_vars):
            pass
            yield ' class="row-split"'
        yield '><td class="name">'
        yield escape(environment.finalize(environment.getattr(l_1_cadence, 'name')))
        yield '</td><td>'
        yield escape(environment.finalize(t_1(environment.getattr(l_1_cadence, 'every'))))
        yield '</td><td>'
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'people'), environment.getattr(l_1_cadence, 'attendees'), (undefined(name='names') if l_1_names is missing else l_1_names), _loop_vars=_loop_vars)))
        yield '</td><td>'
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'text'), t_2(environment.getattr(l_1_cadence, 'agenda')), _loop_vars=_loop_vars)))
        yield '</td></tr>'
    l_1_cadence = l_1_taller_than_page = l_1_names = missing
    yield '</tbody></table>'

blocks = {}
debug_info = '1=25'