from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/qualification.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_content = resolve('content')
    l_0_m = l_0_q = missing
    try:
        t_1 = environment.filters['label']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'label' found.")
    try:
        t_2 = environment.filters['number']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'number' found.")
    try:
        t_3 = environment.filters['signed_points']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'signed_points' found.")
    try:
        t_4 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'sections/qualification.html')._get_default_module(context)
    context.exported_vars.discard('m')
    l_0_q = environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'qualification')
    context.vars['q'] = l_0_q
    context.exported_vars.add('q')
    yield '<p class="lead-in">How a lead earns its way to sales.'
    if (not t_4(environment.getattr((undefined(name='q') if l_0_q is missing else l_0_q), 'mql_threshold'))):
        pass
        yield ' A lead becomes a marketing-qualified lead at <strong>'
        yield escape(environment.finalize(t_2(environment.getattr((undefined(name='q') if l_0_q is missing else l_0_q), 'mql_threshold'))))
        yield ' points</strong>.'
    yield '</p><h3>Scoring rules</h3>'
    if environment.getattr((undefined(name='q') if l_0_q is missing else l_0_q), 'rules'):
        pass
        yield '<table class="grid rules"><colgroup><col style="width: 62%"><col style="width: 20%"><col style="width: 18%"></colgroup><thead><tr><th>Criterion</th><th>Kind</th><th class="num">Points</th></tr></thead><tbody>'
        for l_1_rule in environment.getattr((undefined(name='q') if l_0_q is missing else l_0_q), 'rules'):
            _loop_vars = {}
            pass
            yield '<tr><td>'
            yield escape(environment.finalize(environment.getattr(l_1_rule, 'criterion')))
            yield '</td><td>'
            yield escape(environment.finalize(t_1(environment.getattr(l_1_rule, 'kind'), 'rule_kind')))
            yield '</td><td class="num'
            if (environment.getattr(l_1_rule, 'points') < 0):
                pass
                yield ' negative'
            yield '">'
            yield escape(environment.finalize(t_3(environment.getattr(l_1_rule, 'points'))))
            yield '</td></tr>'
        l_1_rule = missing
        yield '</tbody></table>'
    else:
        pass
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'empty'), 'No scoring rules have been recorded.')))
        yield '\n'
    yield '<h3>Fields a lead must carry at handoff</h3>'
    if environment.getattr((undefined(name='q') if l_0_q is missing else l_0_q), 'handoff_fields'):
        pass
        yield '<table class="grid fields"><colgroup><col style="width: 70%"><col style="width: 30%"></colgroup><thead><tr><th>Field</th><th>Required</th></tr></thead><tbody>'
        for l_1_item in environment.getattr((undefined(name='q') if l_0_q is missing else l_0_q), 'handoff_fields'):
            _loop_vars = {}
            pass
            yield '<tr><td>'
            yield escape(environment.finalize(environment.getattr(l_1_item, 'label')))
            yield '</td><td>'
            yield escape(environment.finalize(('Required' if environment.getattr(l_1_item, 'required') else 'If known')))
            yield '</td></tr>'
        l_1_item = missing
        yield '</tbody></table>'
    else:
        pass
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'empty'), 'No handoff fields have been recorded.')))
        yield '\n'

blocks = {}
debug_info = '1=37&2=39&3=70&4=73&5=88'