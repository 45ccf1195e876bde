from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/workshop.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_content = resolve('content')
    l_0_m = l_0_hours = missing
    try:
        t_1 = environment.filters['long_date']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'long_date' found.")
    try:
        t_2 = environment.filters['weekdays']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'weekdays' found.")
    pass
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'sections/workshop.html')._get_default_module(context)
    context.exported_vars.discard('m')
    yield '<table class="facts"><tr><th>Organization</th><td>'
    yield escape(environment.finalize(environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'organization')))
    yield '</td></tr><tr><th>Facilitator</th><td>'
    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'text'), environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'facilitator'))))
    yield '</td></tr><tr><th>Workshop date</th><td>'
    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'text'), t_1(environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'workshop_date')))))
    yield '</td></tr><tr><th>Effective from</th><td>'
    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'text'), t_1(environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'effective_from')))))
    yield '</td></tr><tr><th>Review by</th><td>'
    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'text'), t_1(environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'review_by')))))
    yield '</td></tr></table><h3>Business hours</h3>'
    l_0_hours = environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'business_hours')
    context.vars['hours'] = l_0_hours
    context.exported_vars.add('hours')
    if (undefined(name='hours') if l_0_hours is missing else l_0_hours):
        pass
        yield '<p class="lead-in">Every window below that runs on business hours counts only this time.</p><table class="facts"><tr><th>Working days</th><td>'
        yield escape(environment.finalize(t_2(environment.getattr((undefined(name='hours') if l_0_hours is missing else l_0_hours), 'days'))))
        yield '</td></tr><tr><th>Hours</th><td>'
        yield escape(environment.finalize(environment.getattr((undefined(name='hours') if l_0_hours is missing else l_0_hours), 'start')))
        yield '–'
        yield escape(environment.finalize(environment.getattr((undefined(name='hours') if l_0_hours is missing else l_0_hours), 'end')))
        yield '</td></tr><tr><th>Time zone</th><td>'
        yield escape(environment.finalize(environment.getattr((undefined(name='hours') if l_0_hours is missing else l_0_hours), 'timezone')))
        yield '</td></tr><tr><th>Holidays</th><td>'
        if environment.getattr((undefined(name='hours') if l_0_hours is missing else l_0_hours), 'holidays'):
            pass
            l_1_loop = missing
            for l_1_day, l_1_loop in LoopContext(environment.getattr((undefined(name='hours') if l_0_hours is missing else l_0_hours), 'holidays'), undefined):
                _loop_vars = {}
                pass
                yield escape(environment.finalize(t_1(l_1_day)))
                if (not environment.getattr(l_1_loop, 'last')):
                    pass
                    yield '; '
            l_1_loop = l_1_day = missing
        else:
            pass
            yield '<span class="none">None listed</span>'
        yield '</td></tr></table>'
    else:
        pass
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'empty'), 'No business hours were agreed; business-hour windows cannot be measured until they are.')))
        yield '\n'
    yield '<h3>Parking lot</h3>'
    if environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'parking_lot'):
        pass
        yield '<p class="lead-in">Open questions the workshop could not settle, and who follows each up.</p><table class="grid"><colgroup><col style="width: 70%"><col style="width: 30%"></colgroup><thead><tr><th>Question</th><th>Assigned to</th></tr></thead><tbody>'
        for l_1_item in environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'parking_lot'):
            l_1_names = resolve('names')
            _loop_vars = {}
            pass
            yield '<tr><td>'
            yield escape(environment.finalize(environment.getattr(l_1_item, 'question')))
            yield '</td><td>'
            if environment.getattr(l_1_item, 'assignee'):
                pass
                yield escape(environment.finalize(context.call(environment.getattr(environment.getattr((undefined(name='names') if l_1_names is missing else l_1_names), 'stakeholders'), 'get'), environment.getattr(l_1_item, 'assignee'), environment.getattr(l_1_item, 'assignee'), _loop_vars=_loop_vars)))
            else:
                pass
                yield '<span class="none">Unassigned</span>'
            yield '</td></tr>'
        l_1_item = l_1_names = missing
        yield '</tbody></table>'
    else:
        pass
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'empty'), 'No open questions were left for later.')))
        yield '\n'

blocks = {}
debug_info = '1=25&2=41&3=69&4=72&5=93'