from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/titles.html'

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
    pass
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'sections/titles.html')._get_default_module(context)
    context.exported_vars.discard('m')
    if environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'titles'):
        pass
        yield '<p class="lead-in">The prospect titles sales wants to receive, and those it does not.</p><table class="grid titles"><colgroup><col style="width: 38%"><col style="width: 18%"><col style="width: 28%"><col style="width: 16%"></colgroup><thead><tr><th>Title</th><th>Seniority</th><th>Persona</th><th>Priority</th></tr></thead><tbody>'
        for l_1_title in environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'titles'):
            l_1_names = resolve('names')
            _loop_vars = {}
            pass
            yield '<tr class="priority-'
            yield escape(environment.finalize(environment.getattr(l_1_title, 'priority')))
            yield '"><td class="name">'
            yield escape(environment.finalize(environment.getattr(l_1_title, 'title')))
            yield '</td><td>'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'text'), t_1(environment.getattr(l_1_title, 'seniority'), 'seniority'), _loop_vars=_loop_vars)))
            yield '</td><td>'
            if environment.getattr(l_1_title, 'persona'):
                pass
                yield escape(environment.finalize(context.call(environment.getattr(environment.getattr((undefined(name='names') if l_1_names is missing else l_1_names), 'personas'), 'get'), environment.getattr(l_1_title, 'persona'), environment.getattr(l_1_title, 'persona'), _loop_vars=_loop_vars)))
            else:
                pass
                yield '<span class="none">—</span>'
            yield '</td><td>'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'tag'), t_1(environment.getattr(l_1_title, 'priority'), 'priority'), markup_join(('priority-', environment.getattr(l_1_title, 'priority'), )), _loop_vars=_loop_vars)))
            yield '</td></tr>'
        l_1_title = l_1_names = missing
        yield '</tbody></table>'
    else:
        pass
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'empty'), 'No titles have been recorded.')))
        yield '\n'

blocks = {}
debug_info = '1=19&2=21&3=48'