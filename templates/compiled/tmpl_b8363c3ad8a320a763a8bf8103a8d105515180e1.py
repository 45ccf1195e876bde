from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'cover.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_content = resolve('content')
    l_0_version_line = resolve('version_line')
    l_0_content_sha256 = resolve('content_sha256')
    l_0_version = resolve('version')
    l_0_working_copy = resolve('working_copy')
    l_0_version_status = resolve('version_status')
    l_0_history = resolve('history')
    l_0_in_force = resolve('in_force')
    l_0_m = resolve('m')
    l_0_long_title = l_0_long_organization = missing
    try:
        t_1 = environment.filters['first']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'first' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['long_date']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'long_date' found.")
    try:
        t_4 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_5 = environment.filters['timestamp']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'timestamp' found.")
    try:
        t_6 = environment.filters['truncate']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'truncate' found.")
    pass
    l_0_long_title = (t_2(environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'title')) > 90)
    context.vars['long_title'] = l_0_long_title
    context.exported_vars.add('long_title')
    l_0_long_organization = (t_2(environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'organization')) > 90)
    context.vars['long_organization'] = l_0_long_organization
    context.exported_vars.add('long_organization')
    yield '<div class="cover'
    if ((t_2(environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'title')) + t_2(environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'organization'))) > 300):
        pass
        yield ' cover-dense'
    yield '" data-version="'
    yield escape(environment.finalize((undefined(name='version_line') if l_0_version_line is missing else l_0_version_line)))
    yield '" data-hash="'
    yield escape(environment.finalize((undefined(name='content_sha256') if l_0_content_sha256 is missing else l_0_content_sha256)))
    yield '" data-organization="'
    yield escape(environment.finalize(t_6(environment, environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'organization'), 80, killwords=True, end='…')))
    yield '"><p class="cover-kicker">Service-level agreement between sales and marketing</p><h1 class="cover-title'
    if (undefined(name='long_title') if l_0_long_title is missing else l_0_long_title):
        pass
        yield ' cover-title-long'
    if (t_2(environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'title')) > 250):
        pass
        yield ' cover-title-longer'
    yield '">'
    yield escape(environment.finalize(environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'title')))
    yield '</h1><p class="cover-organization'
    if (undefined(name='long_organization') if l_0_long_organization is missing else l_0_long_organization):
        pass
        yield ' cover-organization-long'
    yield '">'
    yield escape(environment.finalize(environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'organization')))
    yield '</p><p class="cover-version"><span class="cover-version-line">'
    yield escape(environment.finalize((undefined(name='version_line') if l_0_version_line is missing else l_0_version_line)))
    yield '</span>'
    if ((undefined(name='version') if l_0_version is missing else l_0_version) and environment.getattr((undefined(name='version') if l_0_version is missing else l_0_version), 'label')):
        pass
        yield '<span class="cover-label"> — '
        yield escape(environment.finalize(t_6(environment, environment.getattr((undefined(name='version') if l_0_version is missing else l_0_version), 'label'), 120, end='…')))
        yield '</span>'
    yield '</p>'
    if (undefined(name='working_copy') if l_0_working_copy is missing else l_0_working_copy):
        pass
        yield '<p class="cover-notice">This is a working copy. It has not been proposed for signature and binds no one.</p>'
    elif ((undefined(name='version_status') if l_0_version_status is missing else l_0_version_status) == 'proposed'):
        pass
        yield '<p class="cover-notice">Proposed for signature. It takes effect once every signatory has signed.</p>'
    elif ((undefined(name='version_status') if l_0_version_status is missing else l_0_version_status) == 'superseded'):
        pass
        l_0_in_force = t_1(environment, t_4(context, (undefined(name='history') if l_0_history is missing else l_0_history), 'status', 'equalto', 'signed'))
        context.vars['in_force'] = l_0_in_force
        context.exported_vars.add('in_force')
        yield '<p class="cover-notice">Superseded'
        if (undefined(name='in_force') if l_0_in_force is missing else l_0_in_force):
            pass
            yield ': when this PDF was made, version '
            yield escape(environment.finalize(environment.getattr((undefined(name='in_force') if l_0_in_force is missing else l_0_in_force), 'number')))
            yield ' was the signed agreement'
        else:
            pass
            yield ' by a later signed version'
        yield '.</p>'
    yield '<table class="cover-facts"><tr><th>Effective from</th><td>'
    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'text'), t_3(environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'effective_from')))))
    yield '</td></tr><tr><th>Review by</th><td>'
    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'text'), t_3(environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'review_by')))))
    yield '</td></tr><tr><th>Workshop</th><td>'
    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'text'), t_3(environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'workshop_date')))))
    yield '</td></tr><tr><th>Facilitator</th><td>'
    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'text'), t_6(environment, environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'facilitator'), 160, end='…'))))
    yield '</td></tr>'
    if ((undefined(name='version') if l_0_version is missing else l_0_version) and environment.getattr((undefined(name='version') if l_0_version is missing else l_0_version), 'created_at')):
        pass
        yield '<tr><th>'
        if ((undefined(name='version_status') if l_0_version_status is missing else l_0_version_status) == 'draft'):
            pass
            yield 'Draft last changed'
        else:
            pass
            yield 'Version frozen'
        yield '</th><td>'
        yield escape(environment.finalize(t_5(environment.getattr((undefined(name='version') if l_0_version is missing else l_0_version), 'created_at'))))
        yield '</td></tr>'
    yield '</table><div class="cover-hash"><p class="cover-hash-label">Content hash (SHA-256)</p><p class="cover-hash-value">'
    yield escape(environment.finalize((undefined(name='content_sha256') if l_0_content_sha256 is missing else l_0_content_sha256)))
    yield '</p><p class="cover-hash-note">'
    if (undefined(name='working_copy') if l_0_working_copy is missing else l_0_working_copy):
        pass
        yield 'A signature, once this content is proposed and signed, covers the content with this hash.'
    else:
        pass
        yield 'Every signature in this document covers the content with this hash.'
    yield " The agreement's config file is attached to this PDF; <em>slaworkshop verify</em> recomputes the hash from it.</p></div></div>"

blocks = {}
debug_info = '4=57&5=60&6=105'