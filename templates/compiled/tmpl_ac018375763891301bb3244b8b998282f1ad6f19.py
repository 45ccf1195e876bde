from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/rejection-reasons.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_content = resolve('content')
    l_0_m = missing
    try:
        t_1 = environment.filters['label']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'label' found.")
    try:
        t_2 = environment.filters['lines']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'lines' found.")
    pass
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'sections/rejection-reasons.html')._get_default_module(context)
    context.exported_vars.discard('m')
    if environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'rejection_reasons'):
        pass
        yield '<p class="lead-in">The picklist sales uses to reject a lead, and what happens to the lead next.</p><table class="grid reasons"><colgroup><col style="width: 28%"><col style="width: 22%"><col style="width: 14%"><col style="width: 36%"></colgroup><thead><tr><th>Reason</th><th>What happens next</th><th>Note required</th><th>Description</th></tr></thead><tbody>'
        for l_1_reason in environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'rejection_reasons'):
            l_1_taller_than_page = resolve('taller_than_page')
            _loop_vars = {}
            pass
            yield '<tr'
            if context.call((undefined(name='taller_than_page') if l_1_taller_than_page is missing else l_1_taller_than_page), [(environment.getattr(l_1_reason, 'description'), 0.36)], _loop_vars=_loop_vars):
                pass
                yield ' class="row-split"'
            yield '><td class="name">'
            yield escape(environment.finalize(environment.getattr(l_1_reason, 'label')))
            yield '</td><td>'
            yield escape(environment.finalize(t_1(environment.getattr(l_1_reason, 'outcome'), 'outcome')))
            yield '</td><td>'
            yield escape(environment.finalize(('Yes' if environment.getattr(l_1_reason, 'requires_note') else 'No')))
            yield '</td><td>'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'text'), t_2(environment.getattr(l_1_reason, 'description')), _loop_vars=_loop_vars)))
            yield '</td></tr>'
        l_1_reason = l_1_taller_than_page = missing
        yield '</tbody></table>'
    else:
        pass
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'empty'), 'No rejection reasons have been recorded.')))
        yield '\n'

blocks = {}
debug_info = '1=25&2=27&3=51'