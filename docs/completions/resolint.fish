function __resolint_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __resolint_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __resolint_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __resolint_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __resolint_parse_tokens -S
    set -l unparsed_tokens (__resolint_tokens -pc)
    switch $unparsed_tokens[1]
    case 'resolint'
        __resolint_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'inspect'
            __resolint_parse_subcommand 1 'format=' 'max-bytes=' 'revisions=' 'version' 'h/help'
        case 'lint'
            __resolint_parse_subcommand -r 1 'format=' 'config=' 'color=' 'strict' 'fix' 'against=' 'write-baseline=' 'baseline=' 'rules-help-url=' 'max-bytes=' 'revisions=' 'version' 'h/help'
        case 'diff'
            __resolint_parse_subcommand 2 'format=' 'color=' 'o/output=' 'one-column' 'author=' 'date=' 'max-bytes=' 'revisions=' 'version' 'h/help'
        case 'amend'
            __resolint_parse_subcommand 2 'o/output=' 'format=' 'author=' 'max-bytes=' 'revisions=' 'version' 'h/help'
        case 'history'
            __resolint_parse_subcommand -r 1 'format=' 'in-order' 'paragraph=' 'o/output=' 'max-bytes=' 'revisions=' 'version' 'h/help'
        case 'rules'
            __resolint_parse_subcommand 1 'config=' 'test=' 'markdown' 'version' 'h/help'
        case 'export'
            __resolint_parse_subcommand -r 1 'o/output=' 'output-dir=' 'validate' 'publication' 'symbol=' 'date=' 'schema=' 'max-bytes=' 'revisions=' 'version' 'h/help'
        case 'validate'
            __resolint_parse_subcommand -r 1 'schema=' 'max-bytes=' 'revisions=' 'version' 'h/help'
        case 'help'
            __resolint_parse_subcommand -r 1 'version'
        end
    end
end

function __resolint_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __resolint_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __resolint_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __resolint_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__resolint_tokens -p)
    if test -z "$(__resolint_tokens -t)"
        set -l index (count (__resolint_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'resolint' -f
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint" version' -l 'version' -d 'Show the version.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_positional "resolint" -eq 1' -fa 'inspect' -d 'Print the document model read from a resolution text.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_positional "resolint" -eq 1' -fa 'lint' -d 'Check resolution texts against the drafting rules.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_positional "resolint" -eq 1' -fa 'diff' -d 'Compare two resolutions paragraph by paragraph.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_positional "resolint" -eq 1' -fa 'amend' -d 'Apply amendments, in the UN\'s phrasing, to a resolution text.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_positional "resolint" -eq 1' -fa 'history' -d 'Follow every paragraph of a resolution through a series of texts.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_positional "resolint" -eq 1' -fa 'rules' -d 'List the drafting rules, or explain one.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_positional "resolint" -eq 1' -fa 'export' -d 'Export resolutions as Akoma Ntoso 3.0 XML (AKN4UN).'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_positional "resolint" -eq 1' -fa 'validate' -d 'Check Akoma Ntoso XML against the OASIS Akoma Ntoso 3.0 schema.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_positional "resolint" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint inspect" format' -l 'format' -d 'Output format.' -rfka 'tree json'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint inspect" max-bytes' -l 'max-bytes' -d 'Refuse files larger than this many bytes.' -rfka ''
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint inspect" revisions' -l 'revisions' -d 'Tracked changes in a Word document: read as accepted (the draft now) or rejected (the text before).' -rfka 'accept reject'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint inspect" version' -l 'version' -d 'Show the version.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint inspect" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint lint" format' -l 'format' -d 'Output format.' -rfka 'text json sarif github'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint lint" config' -l 'config' -d 'Use this configuration instead of the nearest .resolint.yml.' -rfka ''
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint lint" color' -l 'color' -d 'Colour in text output.' -rfka 'auto always never'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint lint" strict' -l 'strict' -d 'Treat warnings as errors for the exit status.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint lint" fix' -l 'fix' -d 'Apply the certain fixes in place.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint lint" against' -l 'against' -d 'Report only the findings in paragraphs the draft added or amended relative to this base text.' -rfka ''
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint lint" write-baseline' -l 'write-baseline' -d 'Record every finding of this run in this file, to lint against later with --baseline.' -rfka ''
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint lint" baseline' -l 'baseline' -d 'Report only the findings that are not recorded in this baseline file.' -rfka ''
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint lint" rules-help-url' -l 'rules-help-url' -d 'Where the rule pages (docs/rules) are published, for SARIF\'s helpUri (default: the installed pages, as file: URIs).' -rfka ''
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint lint" max-bytes' -l 'max-bytes' -d 'Refuse files larger than this many bytes.' -rfka ''
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint lint" revisions' -l 'revisions' -d 'Tracked changes in a Word document: read as accepted (the draft now) or rejected (the text before).' -rfka 'accept reject'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint lint" version' -l 'version' -d 'Show the version.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint lint" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint diff" format' -l 'format' -d 'Output format.' -rfka 'text json html markdown akn docx amendments amendments-json amendments-akn'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint diff" color' -l 'color' -d 'Colour in text output.' -rfka 'auto always never'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint diff" o output' -l 'output' -s 'o' -d 'Write the result here (atomically) instead of standard output.' -rfka ''
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint diff" one-column' -l 'one-column' -d 'HTML: the new text alone, with the changes in it, in one column.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint diff" author' -l 'author' -d 'The author of the tracked changes in a docx redline.' -rfka ''
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint diff" date' -l 'date' -d 'The date of the tracked changes in a docx redline (YYYY-MM-DD); none by default.' -rfka ''
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint diff" max-bytes' -l 'max-bytes' -d 'Refuse files larger than this many bytes.' -rfka ''
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint diff" revisions' -l 'revisions' -d 'Tracked changes in a Word document: read as accepted (the draft now) or rejected (the text before).' -rfka 'accept reject'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint diff" version' -l 'version' -d 'Show the version.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint diff" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint amend" o output' -l 'output' -s 'o' -d 'Write the amended text here (atomically) instead of standard output.' -rfka ''
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint amend" format' -l 'format' -d 'Write the amended text as this (text, docx, akn); the base\'s format by default.' -rfka 'text docx akn'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint amend" author' -l 'author' -d 'The author of the tracked changes in a docx.' -rfka ''
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint amend" max-bytes' -l 'max-bytes' -d 'Refuse files larger than this many bytes.' -rfka ''
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint amend" revisions' -l 'revisions' -d 'Tracked changes in a Word document: read as accepted (the draft now) or rejected (the text before).' -rfka 'accept reject'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint amend" version' -l 'version' -d 'Show the version.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint amend" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint history" format' -l 'format' -d 'Output format.' -rfka 'text json csv html'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint history" in-order' -l 'in-order' -d 'Take the texts in the order given, not by adoption date.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint history" paragraph' -l 'paragraph' -d 'One paragraph\'s story, named as the text output names it ("operative 5", "preamble #3").' -rfka ''
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint history" o output' -l 'output' -s 'o' -d 'Write the result here (atomically) instead of standard output.' -rfka ''
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint history" max-bytes' -l 'max-bytes' -d 'Refuse files larger than this many bytes.' -rfka ''
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint history" revisions' -l 'revisions' -d 'Tracked changes in a Word document: read as accepted (the draft now) or rejected (the text before).' -rfka 'accept reject'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint history" version' -l 'version' -d 'Show the version.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint history" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint rules" config' -l 'config' -d 'The configuration whose rule folders to include (default: .resolint.yml here or above).' -rfka ''
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint rules" test' -l 'test' -d 'Run the examples of the rule files in this folder.' -rfka ''
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint rules" markdown' -l 'markdown' -d 'Explain the rule as the Markdown page docs/rules/ID.md is.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint rules" version' -l 'version' -d 'Show the version.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint rules" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint export" o output' -l 'output' -s 'o' -d 'Write the XML here (atomically) instead of standard output.' -rfka ''
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint export" output-dir' -l 'output-dir' -d 'Write each file\'s XML into this folder as NAME.xml (atomically).' -rfka ''
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint export" validate' -l 'validate' -d 'Check the XML against the Akoma Ntoso schema before writing it.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint export" publication' -l 'publication' -d 'Wrap the resolution in the publication the UN issues: a collection with the masthead as its cover page.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint export" symbol' -l 'symbol' -d 'The document\'s symbol ("A/C.3/80/L.12"), where the text does not print it (one file only).' -rfka ''
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint export" date' -l 'date' -d 'The document\'s date ("2025-10-24" or "24 October 2025"): adoption, or a draft\'s issue (one file only).' -rfka ''
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint export" schema' -l 'schema' -d 'The Akoma Ntoso 3.0 schema, akomantoso30.xsd (default: $AKN_SCHEMA, or the one the install or the tests put beside it).' -rfka ''
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint export" max-bytes' -l 'max-bytes' -d 'Refuse files larger than this many bytes.' -rfka ''
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint export" revisions' -l 'revisions' -d 'Tracked changes in a Word document: read as accepted (the draft now) or rejected (the text before).' -rfka 'accept reject'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint export" version' -l 'version' -d 'Show the version.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint validate" schema' -l 'schema' -d 'The Akoma Ntoso 3.0 schema, akomantoso30.xsd (default: $AKN_SCHEMA, or the one the install or the tests put beside it).' -rfka ''
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint validate" max-bytes' -l 'max-bytes' -d 'Refuse files larger than this many bytes.' -rfka ''
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint validate" revisions' -l 'revisions' -d 'Tracked changes in a Word document: read as accepted (the draft now) or rejected (the text before).' -rfka 'accept reject'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint validate" version' -l 'version' -d 'Show the version.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint validate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'resolint' -n '__resolint_should_offer_completions_for_flags_or_options "resolint help" version' -l 'version' -d 'Show the version.'
