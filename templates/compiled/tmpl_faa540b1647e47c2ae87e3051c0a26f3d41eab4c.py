from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sections/history.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_changes = resolve('changes')
    l_0_previous_signed = resolve('previous_signed')
    l_0_history = resolve('history')
    l_0_m = missing
    try:
        t_1 = environment.filters['label']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'label' found.")
    try:
        t_2 = environment.filters['short_hash']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'short_hash' found.")
    try:
        t_3 = environment.filters['timestamp']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'timestamp' found.")
    try:
        t_4 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_m = context.vars['m'] = environment.get_template('macros.html', 'sections/history.html')._get_default_module(context)
    context.exported_vars.discard('m')
    if (not t_4((undefined(name='changes') if l_0_changes is missing else l_0_changes))):
        pass
        yield '<h3 id="changes">'
        if (undefined(name='previous_signed') if l_0_previous_signed is missing else l_0_previous_signed):
            pass
            yield 'Changes since version '
            yield escape(environment.finalize(environment.getattr((undefined(name='previous_signed') if l_0_previous_signed is missing else l_0_previous_signed), 'number')))
            yield ', the last signed version'
        else:
            pass
            yield 'Changes since the last signed version'
        yield '</h3>'
        if (undefined(name='changes') if l_0_changes is missing else l_0_changes):
            pass
            yield '<table class="grid changes"><colgroup><col style="width: 17%"><col style="width: 19%"><col style="width: 12%"><col style="width: 26%"><col style="width: 26%"></colgroup><thead><tr><th>Section</th><th>Item</th><th>Change</th><th>Before</th><th>After</th></tr></thead><tbody>'
            for l_1_row in (undefined(name='changes') if l_0_changes is missing else l_0_changes):
                l_1_taller_than_page = resolve('taller_than_page')
                l_1_word_marks = resolve('word_marks')
                l_1_marks = resolve('marks')
                _loop_vars = {}
                pass
                yield '<tr class="change-'
                yield escape(environment.finalize(environment.getattr(l_1_row, 'change')))
                if context.call((undefined(name='taller_than_page') if l_1_taller_than_page is missing else l_1_taller_than_page), [(environment.getattr(l_1_row, 'old'), 0.26), (environment.getattr(l_1_row, 'new'), 0.26)], _loop_vars=_loop_vars):
                    pass
                    yield ' row-split'
                yield '"><td>'
                yield escape(environment.finalize(environment.getattr(l_1_row, 'section')))
                yield '</td><td class="name">'
                yield escape(environment.finalize(environment.getattr(l_1_row, 'item')))
                yield '</td><td>'
                yield escape(environment.finalize(t_1(environment.getattr(l_1_row, 'change'), 'change')))
                yield '</td>'
                if (environment.getattr(l_1_row, 'change') == 'added'):
                    pass
                    yield '<td><span class="none">—</span></td><td class="new">'
                    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'text'), environment.getattr(l_1_row, 'new'), _loop_vars=_loop_vars)))
                    yield '</td>'
                elif (environment.getattr(l_1_row, 'change') == 'removed'):
                    pass
                    yield '<td class="old">'
                    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'text'), environment.getattr(l_1_row, 'old'), _loop_vars=_loop_vars)))
                    yield '</td><td><span class="none">—</span></td>'
                elif context.call((undefined(name='word_marks') if l_1_word_marks is missing else l_1_word_marks), environment.getattr(l_1_row, 'old'), environment.getattr(l_1_row, 'new'), _loop_vars=_loop_vars):
                    pass
                    l_1_marks = context.call((undefined(name='word_marks') if l_1_word_marks is missing else l_1_word_marks), environment.getattr(l_1_row, 'old'), environment.getattr(l_1_row, 'new'), _loop_vars=_loop_vars)
                    _loop_vars['marks'] = l_1_marks
                    yield '<td class="old partial">'
                    for (l_2_run, l_2_changed) in environment.getitem((undefined(name='marks') if l_1_marks is missing else l_1_marks), 0):
                        _loop_vars = {}
                        pass
                        if l_2_changed:
                            pass
                            yield '<span class="went">'
                            yield escape(environment.finalize(l_2_run))
                            yield '</span>'
                        else:
                            pass
                            yield escape(environment.finalize(l_2_run))
                    l_2_run = l_2_changed = missing
                    yield '</td><td class="new">'
                    for (l_2_run, l_2_changed) in environment.getitem((undefined(name='marks') if l_1_marks is missing else l_1_marks), 1):
                        _loop_vars = {}
                        pass
                        if l_2_changed:
                            pass
                            yield '<strong class="came">'
                            yield escape(environment.finalize(l_2_run))
                            yield '</strong>'
                        else:
                            pass
                            yield escape(environment.finalize(l_2_run))
                    l_2_run = l_2_changed = missing
                    yield '</td>'
                else:
                    pass
                    yield '<td class="old">'
                    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'text'), environment.getattr(l_1_row, 'old'), _loop_vars=_loop_vars)))
                    yield '</td><td class="new">'
                    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'text'), environment.getattr(l_1_row, 'new'), _loop_vars=_loop_vars)))
                    yield '</td>'
                yield '</tr>'
            l_1_row = l_1_taller_than_page = l_1_word_marks = l_1_marks = missing
            yield '</tbody></table>'
        else:
            pass
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'empty'), 'The content is the same as in the last signed version.')))
            yield '\n'
    if (undefined(name='history') if l_0_history is missing else l_0_history):
        pass
        if (not t_4((undefined(name='changes') if l_0_changes is missing else l_0_changes))):
            pass
            yield '<h3>All versions</h3>'
        yield '<p class="lead-in">Every saved version of this agreement, oldest first.'
        if (undefined(name='previous_signed') if l_0_previous_signed is missing else l_0_previous_signed):
            pass
            yield ' The last version signed before this one is version '
            yield escape(environment.finalize(environment.getattr((undefined(name='previous_signed') if l_0_previous_signed is missing else l_0_previous_signed), 'number')))
            yield '.'
        yield '</p><table class="grid history"><colgroup><col style="width: 11%"><col style="width: 17%"><col style="width: 25%"><col style="width: 29%"><col style="width: 18%"></colgroup><thead><tr><th>Version</th><th>Status</th><th>Label</th><th>Frozen</th><th>Content hash</th></tr></thead><tbody>'
        for l_1_entry in (undefined(name='history') if l_0_history is missing else l_0_history):
            l_1_version_number = resolve('version_number')
            _loop_vars = {}
            pass
            yield '<tr class="'
            if (environment.getattr(l_1_entry, 'number') == (undefined(name='version_number') if l_1_version_number is missing else l_1_version_number)):
                pass
                yield 'current'
            yield '"><td>'
            yield escape(environment.finalize(environment.getattr(l_1_entry, 'number')))
            if (environment.getattr(l_1_entry, 'number') == (undefined(name='version_number') if l_1_version_number is missing else l_1_version_number)):
                pass
                yield ' <span class="note-inline">(this)</span>'
            yield '</td><td>'
            yield escape(environment.finalize(t_1(environment.getattr(l_1_entry, 'status'), 'version_status')))
            yield '</td><td>'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'text'), environment.getattr(l_1_entry, 'label'), _loop_vars=_loop_vars)))
            yield '</td><td>'
            yield escape(environment.finalize(t_3(environment.getattr(l_1_entry, 'created_at'))))
            yield '</td><td class="mono">'
            yield escape(environment.finalize(t_2(environment.getattr(l_1_entry, 'content_sha256'))))
            yield '…</td></tr>'
        l_1_entry = l_1_version_number = missing
        yield '</tbody></table>'

blocks = {}
debug_info = '1=39&2=41&4=74&6=86&7=127&10=129&11=131'