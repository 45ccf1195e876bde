from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/personas.html'

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
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'sections/personas.html')._get_default_module(context)
    context.exported_vars.discard('m')
    if environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'personas'):
        pass
        yield '<p class="lead-in">The people both teams agree to target.</p>'
        for l_1_persona in environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'personas'):
            l_1_taller_than_page = resolve('taller_than_page')
            l_1_company_size = resolve('company_size')
            l_1_rows = missing
            _loop_vars = {}
            pass
            l_1_rows = [environment.getattr(l_1_persona, 'name'), t_1(context.eval_ctx, environment.getattr(l_1_persona, 'industries'), ', '), t_1(context.eval_ctx, environment.getattr(l_1_persona, 'geographies'), ', '), t_1(context.eval_ctx, environment.getattr(l_1_persona, 'departments'), ', '), environment.getattr(l_1_persona, 'pains'), environment.getattr(l_1_persona, 'notes')]
            _loop_vars['rows'] = l_1_rows
            yield '<div class="card'
            if context.call((undefined(name='taller_than_page') if l_1_taller_than_page is missing else l_1_taller_than_page), [(t_1(context.eval_ctx, (undefined(name='rows') if l_1_rows is missing else l_1_rows), '\n\n'), 0.7)], font_scale=1.12, page_share=0.6, _loop_vars=_loop_vars):
                pass
                yield ' card-split'
            yield '"><h3 class="card-title" data-bookmark="'
            yield escape(environment.finalize(environment.getattr(l_1_persona, 'name')))
            yield '">'
            yield escape(environment.finalize(environment.getattr(l_1_persona, 'name')))
            if environment.getattr(l_1_persona, 'buying_role'):
                pass
                yield ' <span class="card-aside">'
                yield escape(environment.finalize(t_2(environment.getattr(l_1_persona, 'buying_role'), 'buying_role')))
                yield '</span>'
            yield '</h3><table class="facts"><tr><th>Industries</th><td>'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'list_text'), environment.getattr(l_1_persona, 'industries'), _loop_vars=_loop_vars)))
            yield '</td></tr><tr><th>Company size</th><td>'
            if environment.getattr(l_1_persona, 'company_size'):
                pass
                yield escape(environment.finalize(context.call((undefined(name='company_size') if l_1_company_size is missing else l_1_company_size), environment.getattr(environment.getattr(l_1_persona, 'company_size'), 'min'), environment.getattr(environment.getattr(l_1_persona, 'company_size'), 'max'), _loop_vars=_loop_vars)))
            else:
                pass
                yield '<span class="none">—</span>'
            yield '</td></tr><tr><th>Geographies</th><td>'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'list_text'), environment.getattr(l_1_persona, 'geographies'), _loop_vars=_loop_vars)))
            yield '</td></tr><tr><th>Departments</th><td>'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'list_text'), environment.getattr(l_1_persona, 'departments'), _loop_vars=_loop_vars)))
            yield '</td></tr><tr><th>Pains</th><td>'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'text'), t_3(environment.getattr(l_1_persona, 'pains')), _loop_vars=_loop_vars)))
            yield '</td></tr>'
            if environment.getattr(l_1_persona, 'notes'):
                pass
                yield '<tr><th>Notes</th><td>'
                yield escape(environment.finalize(t_3(environment.getattr(l_1_persona, 'notes'))))
                yield '</td></tr>'
            yield '</table></div>'
        l_1_persona = l_1_rows = l_1_taller_than_page = l_1_company_size = missing
    else:
        pass
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'empty'), 'No personas have been recorded.')))
        yield '\n'

blocks = {}
debug_info = '1=31&2=33&5=42&7=82'