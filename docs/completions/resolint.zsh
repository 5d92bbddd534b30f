#compdef resolint

__resolint_complete() {
    local -ar non_empty_completions=("${@:#(|:*)}")
    local -ar empty_completions=("${(M)@:#(|:*)}")
    _describe -V '' non_empty_completions -- empty_completions -P $'\'\''
}

__resolint_custom_complete() {
    local -a completions
    completions=("${(@f)"$("${command_name}" "${@}" "${command_line[@]}")"}")
    if [[ "${#completions[@]}" -gt 1 ]]; then
        __resolint_complete "${completions[@]:0:-1}"
    fi
}

__resolint_cursor_index_in_current_word() {
    if [[ -z "${QIPREFIX}${IPREFIX}${PREFIX}" ]]; then
        printf 0
    else
        printf %s "${#${(z)LBUFFER}[-1]}"
    fi
}

_resolint() {
    emulate -RL zsh -G
    setopt extendedglob nullglob numericglobsort
    unsetopt aliases banghist

    local -xr SAP_SHELL=zsh
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(builtin emulate zsh -c 'printf %s "${ZSH_VERSION}"')"
    local -r SAP_SHELL_VERSION

    local context state state_descr line
    local -A opt_args

    local -r command_name="${words[1]}"
    local -ar command_line=("${words[@]}")
    local -ir current_word_index="$((CURRENT - 1))"

    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'inspect:Print the document model read from a resolution text.'
            'lint:Check resolution texts against the drafting rules.'
            'diff:Compare two resolutions paragraph by paragraph.'
            'amend:Apply amendments, in the UN'\''s phrasing, to a resolution text.'
            'history:Follow every paragraph of a resolution through a series of texts.'
            'rules:List the drafting rules, or explain one.'
            'export:Export resolutions as Akoma Ntoso 3.0 XML (AKN4UN).'
            'validate:Check Akoma Ntoso XML against the OASIS Akoma Ntoso 3.0 schema.'
            'help:Show subcommand help information.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        inspect|lint|diff|amend|history|rules|export|validate|help)
            "_resolint_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_resolint_inspect() {
    local -i ret=1
    local -ar ___format=('tree' 'json')
    local -ar ___revisions=('accept' 'reject')
    local -ar arg_specs=(
        ':file:'
        '--format[Output format.]:format:{__resolint_complete "${___format[@]}"}'
        '--max-bytes[Refuse files larger than this many bytes.]:max-bytes:'
        '--revisions[Tracked changes in a Word document\: read as accepted (the draft now) or rejected (the text before).]:revisions:{__resolint_complete "${___revisions[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_resolint_lint() {
    local -i ret=1
    local -ar ___format=('text' 'json' 'sarif' 'github')
    local -ar ___color=('auto' 'always' 'never')
    local -ar ___revisions=('accept' 'reject')
    local -ar arg_specs=(
        '*:paths:'
        '--format[Output format.]:format:{__resolint_complete "${___format[@]}"}'
        '--config[Use this configuration instead of the nearest .resolint.yml.]:config:'
        '--color[Colour in text output.]:color:{__resolint_complete "${___color[@]}"}'
        '--strict[Treat warnings as errors for the exit status.]'
        '--fix[Apply the certain fixes in place.]'
        '--against[Report only the findings in paragraphs the draft added or amended relative to this base text.]:base:'
        '--write-baseline[Record every finding of this run in this file, to lint against later with --baseline.]:write-baseline:'
        '--baseline[Report only the findings that are not recorded in this baseline file.]:baseline:'
        '--rules-help-url[Where the rule pages (docs/rules) are published, for SARIF'\''s helpUri (default\: the installed pages, as file\: URIs).]:url:'
        '--max-bytes[Refuse files larger than this many bytes.]:max-bytes:'
        '--revisions[Tracked changes in a Word document\: read as accepted (the draft now) or rejected (the text before).]:revisions:{__resolint_complete "${___revisions[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_resolint_diff() {
    local -i ret=1
    local -ar ___format=('text' 'json' 'html' 'markdown' 'akn' 'docx' 'amendments' 'amendments-json' 'amendments-akn')
    local -ar ___color=('auto' 'always' 'never')
    local -ar ___revisions=('accept' 'reject')
    local -ar arg_specs=(
        ':old:'
        ':new:'
        '--format[Output format.]:format:{__resolint_complete "${___format[@]}"}'
        '--color[Colour in text output.]:color:{__resolint_complete "${___color[@]}"}'
        '(--output -o)'{--output,-o}'[Write the result here (atomically) instead of standard output.]:output:'
        '--one-column[HTML\: the new text alone, with the changes in it, in one column.]'
        '--author[The author of the tracked changes in a docx redline.]:author:'
        '--date[The date of the tracked changes in a docx redline (YYYY-MM-DD); none by default.]:date:'
        '--max-bytes[Refuse files larger than this many bytes.]:max-bytes:'
        '--revisions[Tracked changes in a Word document\: read as accepted (the draft now) or rejected (the text before).]:revisions:{__resolint_complete "${___revisions[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_resolint_amend() {
    local -i ret=1
    local -ar ___format=('text' 'docx' 'akn')
    local -ar ___revisions=('accept' 'reject')
    local -ar arg_specs=(
        ':base:'
        ':amendments:'
        '(--output -o)'{--output,-o}'[Write the amended text here (atomically) instead of standard output.]:output:'
        '--format[Write the amended text as this (text, docx, akn); the base'\''s format by default.]:format:{__resolint_complete "${___format[@]}"}'
        '--author[The author of the tracked changes in a docx.]:author:'
        '--max-bytes[Refuse files larger than this many bytes.]:max-bytes:'
        '--revisions[Tracked changes in a Word document\: read as accepted (the draft now) or rejected (the text before).]:revisions:{__resolint_complete "${___revisions[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_resolint_history() {
    local -i ret=1
    local -ar ___format=('text' 'json' 'csv' 'html')
    local -ar ___revisions=('accept' 'reject')
    local -ar arg_specs=(
        '*:files:'
        '--format[Output format.]:format:{__resolint_complete "${___format[@]}"}'
        '--in-order[Take the texts in the order given, not by adoption date.]'
        '--paragraph[One paragraph'\''s story, named as the text output names it ("operative 5", "preamble #3").]:paragraph:'
        '(--output -o)'{--output,-o}'[Write the result here (atomically) instead of standard output.]:output:'
        '--max-bytes[Refuse files larger than this many bytes.]:max-bytes:'
        '--revisions[Tracked changes in a Word document\: read as accepted (the draft now) or rejected (the text before).]:revisions:{__resolint_complete "${___revisions[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_resolint_rules() {
    local -i ret=1
    local -ar arg_specs=(
        ':id:'
        '--config[The configuration whose rule folders to include (default\: .resolint.yml here or above).]:config:'
        '--test[Run the examples of the rule files in this folder.]:test:'
        '--markdown[Explain the rule as the Markdown page docs/rules/ID.md is.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_resolint_export() {
    local -i ret=1
    local -ar ___revisions=('accept' 'reject')
    local -ar arg_specs=(
        '*:files:'
        '(--output -o)'{--output,-o}'[Write the XML here (atomically) instead of standard output.]:output:'
        '--output-dir[Write each file'\''s XML into this folder as NAME.xml (atomically).]:output-dir:'
        '--validate[Check the XML against the Akoma Ntoso schema before writing it.]'
        '--publication[Wrap the resolution in the publication the UN issues\: a collection with the masthead as its cover page.]'
        '--symbol[The document'\''s symbol ("A/C.3/80/L.12"), where the text does not print it (one file only).]:symbol:'
        '--date[The document'\''s date ("2025-10-24" or "24 October 2025")\: adoption, or a draft'\''s issue (one file only).]:date:'
        '--schema[The Akoma Ntoso 3.0 schema, akomantoso30.xsd (default\: $AKN_SCHEMA, or the one the install or the tests put beside it).]:schema:'
        '--max-bytes[Refuse files larger than this many bytes.]:max-bytes:'
        '--revisions[Tracked changes in a Word document\: read as accepted (the draft now) or rejected (the text before).]:revisions:{__resolint_complete "${___revisions[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_resolint_validate() {
    local -i ret=1
    local -ar ___revisions=('accept' 'reject')
    local -ar arg_specs=(
        '*:files:'
        '--schema[The Akoma Ntoso 3.0 schema, akomantoso30.xsd (default\: $AKN_SCHEMA, or the one the install or the tests put beside it).]:schema:'
        '--max-bytes[Refuse files larger than this many bytes.]:max-bytes:'
        '--revisions[Tracked changes in a Word document\: read as accepted (the draft now) or rejected (the text before).]:revisions:{__resolint_complete "${___revisions[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_resolint_help() {
    local -i ret=1
    local -ar arg_specs=(
        '*:subcommands:'
        '--version[Show the version.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

if [[ "${funcstack[1]}" = _resolint ]]; then
    _resolint "${@}"
else
    compdef _resolint resolint
fi
