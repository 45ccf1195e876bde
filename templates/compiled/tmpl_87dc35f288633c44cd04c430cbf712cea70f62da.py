from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'contents.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_sections = resolve('sections')
    l_0_disputed_count = resolve('disputed_count')
    l_0_uncovered = resolve('uncovered')
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '<nav class="contents"><h2 class="contents-title">Contents</h2><ol>'
    for l_1_section in (undefined(name='sections') if l_0_sections is missing else l_0_sections):
        l_1_changes = resolve('changes')
        l_1_previous_signed = resolve('previous_signed')
        _loop_vars = {}
        pass
        yield '<li><a href="#s-'
        yield escape(environment.finalize(environment.getattr(l_1_section, 'anchor')))
        yield '"><span class="toc-number">'
        yield escape(environment.finalize(environment.getattr(l_1_section, 'number')))
        yield '</span>'
        yield escape(environment.finalize(environment.getattr(l_1_section, 'title')))
        yield '</a>\n'
        if ((undefined(name='changes') if l_1_changes is missing else l_1_changes) and (environment.getattr(l_1_section, 'anchor') == 'history')):
            pass
            yield '<ol><li class="contents-changes"><a href="#changes"><span class="toc-number"></span>'
            yield escape(environment.finalize(t_2((undefined(name='changes') if l_1_changes is missing else l_1_changes))))
            yield ' change'
            yield escape(environment.finalize(('s' if (t_2((undefined(name='changes') if l_1_changes is missing else l_1_changes)) != 1) else '')))
            yield ' since '
            if (undefined(name='previous_signed') if l_1_previous_signed is missing else l_1_previous_signed):
                pass
                yield 'version '
                yield escape(environment.finalize(environment.getattr((undefined(name='previous_signed') if l_1_previous_signed is missing else l_1_previous_signed), 'number')))
                yield ', the last signed version'
            else:
                pass
                yield 'the last signed version'
            yield '</a></li></ol>'
        yield '</li>'
    l_1_section = l_1_changes = l_1_previous_signed = missing
    yield '</ol>'
    if (undefined(name='disputed_count') if l_0_disputed_count is missing else l_0_disputed_count):
        pass
        yield '<p class="contents-note">'
        yield escape(environment.finalize((undefined(name='disputed_count') if l_0_disputed_count is missing else l_0_disputed_count)))
        yield ' term'
        yield escape(environment.finalize(('s are' if ((undefined(name='disputed_count') if l_0_disputed_count is missing else l_0_disputed_count) != 1) else ' is')))
        yield ' still disputed and marked as such in section '
        yield escape(environment.finalize(environment.getattr(environment.getitem((undefined(name='sections') if l_0_sections is missing else l_0_sections), 1), 'number')))
        yield '.</p>'
    if (undefined(name='uncovered') if l_0_uncovered is missing else l_0_uncovered):
        pass
        yield '<p class="contents-note contents-fonts">This agreement contains characters that the document’s fonts do not include: '
        yield escape(environment.finalize(t_1(context.eval_ctx, (undefined(name='uncovered') if l_0_uncovered is missing else l_0_uncovered)[:6], ', ')))
        if (t_2((undefined(name='uncovered') if l_0_uncovered is missing else l_0_uncovered)) > 6):
            pass
            yield ' and '
            yield escape(environment.finalize((t_2((undefined(name='uncovered') if l_0_uncovered is missing else l_0_uncovered)) - 6)))
            yield ' more'
        yield '. They print as empty boxes here; the text itself is kept whole in this PDF’s text and in its attached config file.</p>'
    yield '</nav>'

blocks = {}
debug_info = '1=27&5=39&6=67'