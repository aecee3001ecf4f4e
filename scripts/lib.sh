# Shared by the benchmark scripts (sourced, not run).

# need COMMAND PACKAGE: installs PACKAGE from the distribution's packages
# when COMMAND is missing.
need() {
    command -v "$1" >/dev/null 2>&1 && return
    echo "installing $2 ..." >&2
    { apt-get update -qq && apt-get install -y -qq "$2"; } >/dev/null
}
