"""medins: offline advisor for 异地就医 under China's basic medical insurance."""

__version__ = "0.1.0"


def compiled_modules() -> list[str]:
    """The modules of this package that import as C extensions (mypyc-compiled by a wheel build, see
    hatch_build.py); empty where they run as pure Python (an editable install, a machine that cannot compile)."""
    from importlib.machinery import EXTENSION_SUFFIXES
    from importlib.util import find_spec
    from pathlib import Path

    here = Path(__file__).parent
    names = sorted({p.name.split(".", 1)[0] for p in here.glob("*.py")})
    out = []
    for name in names:
        spec = find_spec(f"{__name__}.{name}")
        if spec is not None and spec.origin and spec.origin.endswith(tuple(EXTENSION_SUFFIXES)):
            out.append(name)
    return out


def build_line() -> str:
    """One line saying how this medins runs, for benchmarks and test reports: compiled or pure Python."""
    compiled = compiled_modules()
    if compiled:
        return f"medins_cli: compiled with mypyc ({len(compiled)} modules: {', '.join(compiled)})"
    return "medins_cli: pure Python (no compiled modules)"
