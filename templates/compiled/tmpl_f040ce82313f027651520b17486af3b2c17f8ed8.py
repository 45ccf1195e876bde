from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/signatures.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_version_phrase = resolve('version_phrase')
    l_0_content = resolve('content')
    l_0_content_sha256 = resolve('content_sha256')
    l_0_signatories = resolve('signatories')
    l_0_m = missing
    try:
        t_1 = environment.filters['label']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'label' found.")
    try:
        t_2 = environment.filters['long_date']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'long_date' found.")
    try:
        t_3 = environment.filters['short_hash']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'short_hash' found.")
    try:
        t_4 = environment.filters['timestamp']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'timestamp' found.")
    try:
        t_5 = environment.filters['truncate']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'truncate' found.")
    pass
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'sections/signatures.html')._get_default_module(context)
    context.exported_vars.discard('m')
    yield '<div class="attestation"><p>By signing, each signatory confirms that they have read '
    yield escape(environment.finalize((undefined(name='version_phrase') if l_0_version_phrase is missing else l_0_version_phrase)))
    yield ' of this agreement and commit their team to it, from '
    yield escape(environment.finalize((t_2(environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'effective_from')) if environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'effective_from') else 'the date of the last signature')))
    if environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'review_by'):
        pass
        yield ' until it is reviewed by '
        yield escape(environment.finalize(t_2(environment.getattr((undefined(name='content') if l_0_content is missing else l_0_content), 'review_by'))))
    yield '.</p><p>The signatures cover the content with the SHA-256 hash:</p><p class="mono attestation-hash">'
    yield escape(environment.finalize((undefined(name='content_sha256') if l_0_content_sha256 is missing else l_0_content_sha256)))
    yield '</p></div>'
    if (undefined(name='signatories') if l_0_signatories is missing else l_0_signatories):
        pass
        yield '<div class="signature-grid">'
        for l_1_person in (undefined(name='signatories') if l_0_signatories is missing else l_0_signatories):
            l_1_working_copy = resolve('working_copy')
            _loop_vars = {}
            pass
            yield '<div class="signature-block'
            if environment.getattr(l_1_person, 'signature'):
                pass
                yield ' signed'
            else:
                pass
                yield ' awaiting'
            yield '"><div class="signature-area">'
            if environment.getattr(l_1_person, 'drawing_url'):
                pass
                yield '<img class="signature-drawing" src="'
                yield escape(environment.finalize(environment.getattr(l_1_person, 'drawing_url')))
                yield '" alt="Signature of '
                yield escape(environment.finalize(environment.getattr(l_1_person, 'name')))
                yield '">'
            elif environment.getattr(l_1_person, 'signature'):
                pass
                yield '<span class="typed-signature">'
                yield escape(environment.finalize(t_5(environment, environment.getattr(environment.getattr(l_1_person, 'signature'), 'name'), 40, end='…')))
                yield '</span>'
            yield '</div><p class="signer-name">'
            yield escape(environment.finalize(environment.getattr(l_1_person, 'name')))
            yield '</p>'
            if environment.getattr(l_1_person, 'signed_for'):
                pass
                yield '<p class="signer-for">for '
                yield escape(environment.finalize(environment.getattr(l_1_person, 'signed_for')))
                yield '</p>'
            yield '<p class="signer-role">'
            if environment.getattr(l_1_person, 'role'):
                pass
                yield escape(environment.finalize(environment.getattr(l_1_person, 'role')))
                yield ' · '
            yield escape(environment.finalize(t_1(environment.getattr(l_1_person, 'team'), 'team')))
            yield '</p>'
            if environment.getattr(l_1_person, 'signature'):
                pass
                yield '<p class="signer-state">Signed '
                yield escape(environment.finalize(t_4(environment.getattr(environment.getattr(l_1_person, 'signature'), 'signed_at'))))
                yield '</p>'
                if environment.getattr(l_1_person, 'drawing_unreadable'):
                    pass
                    yield '<p class="signer-warning">The drawn signature stored with this signature cannot be read; the name typed when signing is printed instead.</p>'
                if environment.getattr(l_1_person, 'covers_other_content'):
                    pass
                    yield '<p class="signer-warning">This signature covers different content ('
                    yield escape(environment.finalize(t_3(environment.getattr(environment.getattr(l_1_person, 'signature'), 'content_sha256'))))
                    yield '…), not this version.</p>'
            else:
                pass
                yield '<p class="signer-state awaiting-state">'
                if (undefined(name='working_copy') if l_1_working_copy is missing else l_1_working_copy):
                    pass
                    yield 'Not proposed for signature'
                else:
                    pass
                    yield 'Awaiting signature'
                yield '</p>'
            yield '</div>'
        l_1_person = l_1_working_copy = missing
        yield '</div>'
    else:
        pass
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'empty'), 'No stakeholder is marked as a signatory yet.')))
        yield '\n'

blocks = {}
debug_info = '1=46&2=109&3=117&4=129'