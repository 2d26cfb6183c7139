#!/usr/bin/env bash
# The manual pages render without a warning (groff, as man does with preconv for the Chinese),
# and zhenxing-cli's bash completion offers the commands, sub-commands and option values a
# person types. Run by ctest (tests/CMakeLists.txt) with the source folder as $1.
set -euo pipefail
src=$1
fail=0
for page in "$src"/docs/man/*.1; do
  warnings=$(groff -k -man -Tutf8 -ww -z "$page" 2>&1 || true)
  if [[ -n $warnings ]]; then
    echo "FAIL: $page renders with warnings:"; echo "$warnings"; fail=1
  fi
  # Every command of the CLI's usage has its entry in the page.
done
for command in sample init summary check set audit submit approve return reopen report import export \
  generate backup restore users new-year settings server; do
  grep -q "$command" "$src/docs/man/zhenxing-cli.1" || { echo "FAIL: zhenxing-cli.1 does not name $command"; fail=1; }
done

# shellcheck disable=SC1091
source /usr/share/bash-completion/bash_completion
# shellcheck disable=SC1091
source "$src/resources/completion/zhenxing-cli"
complete_words() { # the words typed so far (the last one being completed) → COMPREPLY
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_LINE="${COMP_WORDS[*]}"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _zhenxing_cli zhenxing-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' '
}
expect() { # words... -- expected
  local words=() arg
  while [[ $1 != -- ]]; do words+=("$1"); shift; done
  shift
  local got
  got=$(complete_words "${words[@]}")
  if [[ $got != "$* " ]]; then
    echo "FAIL: completing '${words[*]}' gave '$got', expected '$* '"; fail=1
  fi
}
expect zhenxing-cli ex -- export
expect zhenxing-cli users "" -- add list remove set
expect zhenxing-cli server "" -- copy init
expect zhenxing-cli export x.db y.csv --what t -- targets template
expect zhenxing-cli users add x.db --role c -- clerk
expect zhenxing-cli summary x.db --q -- --quarter
expect zhenxing-cli report x.db --lang "" -- en zh
exit $fail
