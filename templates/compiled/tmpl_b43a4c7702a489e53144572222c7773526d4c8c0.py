from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'agreement.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_content = resolve('content')
    l_0_subject = resolve('subject')
    l_0_keywords = resolve('keywords')
    l_0_version = resolve('version')
    l_0_working_copy = resolve('working_copy')
    l_0_version_status = resolve('version_status')
    l_0_sections = resolve('sections')
    l_0_m = missing
    pass
    yield '<!DOCTYPE html>\n'
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'agreement.html')._get_default_module(context)
    context.exported_vars.discard('m')
    yield '<html lang="en"><head><meta charset="utf-8"><title>'
    yield escape(environment.finalize(environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'title')))
    yield ' — '
    yield escape(environment.finalize(environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'organization')))
    yield '</title><meta name="author" content="'
    yield escape(environment.finalize(environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'organization')))
    yield '"><meta name="description" content="'
    yield escape(environment.finalize(environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'title')))
    yield ': '
    yield escape(environment.finalize((undefined(name='subject') if l_0_subject is missing else l_0_subject)))
    yield '"><meta name="keywords" content="'
    yield escape(environment.finalize((undefined(name='keywords') if l_0_keywords is missing else l_0_keywords)))
    yield '"><meta name="generator" content="slaworkshop">'
    if ((undefined(name='version') if l_0_version is missing else l_0_version) and environment.getattr((undefined(name='version') if l_0_version is missing else l_0_version), 'created_at')):
        pass
        yield '<meta name="dcterms.created" content="'
        yield escape(environment.finalize(environment.getattr((undefined(name='version') if l_0_version is missing else l_0_version), 'created_at')))
        yield '"><meta name="dcterms.modified" content="'
        yield escape(environment.finalize(environment.getattr((undefined(name='version') if l_0_version is missing else l_0_version), 'created_at')))
        yield '">'
    yield '</head><body>'
    if ((undefined(name='working_copy') if l_0_working_copy is missing else l_0_working_copy) or ((undefined(name='version_status') if l_0_version_status is missing else l_0_version_status) == 'superseded')):
        pass
        yield '<div class="watermark" aria-hidden="true">'
        yield escape(environment.finalize(('Superseded' if ((undefined(name='version_status') if l_0_version_status is missing else l_0_version_status) == 'superseded') else 'Working copy')))
        yield '</div>'
    template = environment.get_template('cover.html', 'agreement.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'m': l_0_m}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    template = environment.get_template('contents.html', 'agreement.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'m': l_0_m}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    for l_1_section in (undefined(name='sections') if l_0_sections is missing else l_0_sections):
        _loop_vars = {}
        pass
        yield '<section class="section section-'
        yield escape(environment.finalize(environment.getattr(l_1_section, 'anchor')))
        yield '" id="s-'
        yield escape(environment.finalize(environment.getattr(l_1_section, 'anchor')))
        yield '"><h2 data-bookmark="'
        yield escape(environment.finalize(environment.getattr(l_1_section, 'number')))
        yield ' '
        yield escape(environment.finalize(environment.getattr(l_1_section, 'title')))
        yield '"><span class="section-number">'
        yield escape(environment.finalize(environment.getattr(l_1_section, 'number')))
        yield '</span>'
        yield escape(environment.finalize(environment.getattr(l_1_section, 'title')))
        yield '</h2>'
        template = environment.get_or_select_template(markup_join(('sections/', environment.getattr(l_1_section, 'anchor'), '.html', )), 'agreement.html')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'section': l_1_section, 'm': l_0_m}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        yield '</section>'
    l_1_section = missing
    yield '</body></html>'

blocks = {}
debug_info = '2=20&4=43&5=48&6=54&7=60'