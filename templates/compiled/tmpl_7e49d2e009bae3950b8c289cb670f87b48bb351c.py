from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/goals.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_content = resolve('content')
    l_0_m = missing
    try:
        t_1 = environment.filters['number']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'number' found.")
    try:
        t_2 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_3 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'sections/goals.html')._get_default_module(context)
    context.exported_vars.discard('m')
    yield '<p class="lead-in">What both teams commit to achieving while this agreement is in force.</p><table class="grid goals"><colgroup><col style="width: 46%"><col style="width: 18%"><col style="width: 22%"><col style="width: 14%"></colgroup><thead><tr><th>Goal</th><th>Metric</th><th>Target</th><th>Owner</th></tr></thead><tbody>'
    for l_1_goal in environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'goals'):
        _loop_vars = {}
        pass
        yield '<tr><td>'
        yield escape(environment.finalize(environment.getattr(l_1_goal, 'statement')))
        yield '</td><td>'
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'text'), environment.getattr(l_1_goal, 'metric'), _loop_vars=_loop_vars)))
        yield '</td><td>'
        if (not t_3(environment.getattr(l_1_goal, 'target'))):
            pass
            yield '<strong>'
            yield escape(environment.finalize(t_1(environment.getattr(l_1_goal, 'target'))))
            yield '</strong> '
            yield escape(environment.finalize(t_2(context.eval_ctx, environment.getattr(l_1_goal, 'unit'), '_', ' ')))
        else:
            pass
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'text'), t_2(context.eval_ctx, environment.getattr(l_1_goal, 'unit'), '_', ' '), _loop_vars=_loop_vars)))
        yield '</td><td>'
        if environment.getattr(l_1_goal, 'owner'):
            pass
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'team'), environment.getattr(l_1_goal, 'owner'), _loop_vars=_loop_vars)))
        else:
            pass
            yield '<span class="none">—</span>'
        yield '</td></tr>'
    l_1_goal = missing
    yield '</tbody></table>'

blocks = {}
debug_info = '1=31'