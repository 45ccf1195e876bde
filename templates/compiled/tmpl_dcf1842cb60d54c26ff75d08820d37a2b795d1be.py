from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/stakeholders.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_content = resolve('content')
    l_0_sections = resolve('sections')
    l_0_m = missing
    pass
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'sections/stakeholders.html')._get_default_module(context)
    context.exported_vars.discard('m')
    if environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'stakeholders'):
        pass
        yield '<p class="lead-in">The people accountable for this agreement. Those marked as signatories sign it in section '
        yield escape(environment.finalize(environment.getattr(environment.getitem((undefined(name='sections') if l_0_sections is missing else l_0_sections), -1), 'number')))
        yield '.</p><table class="grid people"><colgroup><col style="width: 36%"><col style="width: 13%"><col style="width: 36%"><col style="width: 15%"></colgroup><thead><tr><th>Name</th><th>Team</th><th>Responsibilities</th><th>Signs</th></tr></thead><tbody>'
        for l_1_person in environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'stakeholders'):
            _loop_vars = {}
            pass
            yield '<tr><td class="name">'
            yield escape(environment.finalize(environment.getattr(l_1_person, 'name')))
            if environment.getattr(l_1_person, 'role'):
                pass
                yield '<span class="note">'
                yield escape(environment.finalize(environment.getattr(l_1_person, 'role')))
                yield '</span>'
            if environment.getattr(l_1_person, 'email'):
                pass
                yield '<span class="note email">'
                yield escape(environment.finalize(environment.getattr(l_1_person, 'email')))
                yield '</span>'
            yield '</td><td>'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'team'), environment.getattr(l_1_person, 'team'), _loop_vars=_loop_vars)))
            yield '</td><td>'
            if environment.getattr(l_1_person, 'responsibilities'):
                pass
                yield '<ul class="plain">'
                for l_2_duty in environment.getattr(l_1_person, 'responsibilities'):
                    _loop_vars = {}
                    pass
                    yield '<li>'
                    yield escape(environment.finalize(l_2_duty))
                    yield '</li>'
                l_2_duty = missing
                yield '</ul>'
            else:
                pass
                yield '<span class="none">—</span>'
            yield '</td><td>'
            if environment.getattr(l_1_person, 'signatory'):
                pass
                yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'tag'), 'Signatory', 'signatory', _loop_vars=_loop_vars)))
            else:
                pass
                yield '<span class="none">—</span>'
            yield '</td></tr>'
        l_1_person = missing
        yield '</tbody></table>'
    else:
        pass
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'empty'), 'No stakeholders have been recorded.')))
        yield '\n'

blocks = {}
debug_info = '1=14&2=16&3=65'