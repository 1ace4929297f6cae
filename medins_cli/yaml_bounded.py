"""YAML from files someone hands us, loaded in bounded time and memory.

PyYAML shares an anchored node between its aliases, so a 500-byte file of nested `&a [*a, *a, …]` is a
graph of a few nodes that any walk (the validator's builder, the loader's flattening, a `repr()`) expands to
billions. Before anything walks a document, `check_graph` measures the expanded tree over the composed node
graph (each node once), and refuses recursion, depth beyond `max_depth`, more than `max_aliases` alias uses
and an expanded size beyond `max_nodes`. The pure-Python composer is itself recursive: a document nested
thousands deep ends in RecursionError, which `compose` reports as nesting, not as a crash.

Answers files do not use this: they are flat, and `answers.py` reads them from the event stream (no
anchors or aliases at all).
"""

from __future__ import annotations

from typing import Any

import yaml

MAX_DEPTH = 64  # policy files nest about 8 deep
MAX_ALIASES = 64
MAX_NODES = 200_000  # the largest policy file has about 4,000 nodes


class YamlLimit(Exception):
    """A document over a bound. `key` is a message key (yaml_limit.*), `line` 1-based or None."""

    def __init__(self, key: str, line: int | None, **params: Any) -> None:
        self.key = key
        self.line = line
        self.params = params
        super().__init__(key)

    def problem(self) -> Any:
        from medins_cli.msg import M

        return M(self.key, **self.params)


def too_deep(exc: BaseException) -> bool:
    """libyaml's own nesting limit (1,000 levels), which it reports as a scanner error."""
    return "maximum nesting depth" in str(exc)


def compose(text: str, loader: Any) -> yaml.Node | None:
    """yaml.compose, with a too deeply nested document reported as YamlLimit instead of RecursionError.

    The pure-Python scanner is quadratic in flow nesting (20,000 `[` take 40 s): libyaml, when present,
    looks first and refuses such a document in a millisecond."""
    c_loader = getattr(yaml, "CSafeLoader", None)
    if c_loader is not None and loader is not c_loader:
        try:
            for _event in yaml.parse(text, Loader=c_loader):
                pass
        except yaml.YAMLError as exc:
            if too_deep(exc):
                raise YamlLimit("yaml_limit.depth", None, limit=MAX_DEPTH) from None
    try:
        node = yaml.compose(text, Loader=loader)
    except RecursionError:
        raise YamlLimit("yaml_limit.depth", None, limit=MAX_DEPTH) from None
    except yaml.YAMLError as exc:
        if too_deep(exc):
            raise YamlLimit("yaml_limit.depth", None, limit=MAX_DEPTH) from None
        raise
    if node is not None:
        check_graph(node)
    return node


def check_graph(root: yaml.Node, *, max_depth: int = MAX_DEPTH, max_aliases: int = MAX_ALIASES,
                max_nodes: int = MAX_NODES) -> int:
    """The expanded size of a composed document; YamlLimit when a bound is crossed. Linear in the graph."""
    size: dict[int, int] = {}  # expanded size of each finished node
    height: dict[int, int] = {}  # its depth below itself
    on_path: set[int] = set()
    aliases = 0
    # Iterative post-order walk: (node, children entered?)
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, entered = stack.pop()
        key = id(node)
        children = _children(node)
        if entered:
            on_path.discard(key)
            total, deepest = 1, 0
            for child in children:
                total += size[id(child)]
                deepest = max(deepest, height[id(child)] + 1)
            size[key], height[key] = total, deepest
            if total > max_nodes:
                raise YamlLimit("yaml_limit.size", _line(node), limit=max_nodes)
            if deepest > max_depth:
                raise YamlLimit("yaml_limit.depth", _line(node), limit=max_depth)
            continue
        if key in size:  # a second use of a finished node: an alias
            aliases += 1
            if aliases > max_aliases:
                raise YamlLimit("yaml_limit.aliases", _line(node), limit=max_aliases)
            continue
        if key in on_path:
            raise YamlLimit("yaml_limit.recursive", _line(node))
        on_path.add(key)
        stack.append((node, True))
        seen_here: set[int] = set()
        for child in children:
            cid = id(child)
            if cid in on_path:
                raise YamlLimit("yaml_limit.recursive", _line(child))
            if cid in seen_here or cid in size:
                aliases += 1
                if aliases > max_aliases:
                    raise YamlLimit("yaml_limit.aliases", _line(child), limit=max_aliases)
                continue
            seen_here.add(cid)
            stack.append((child, False))
        if len(on_path) > max_depth + 1:
            raise YamlLimit("yaml_limit.depth", _line(node), limit=max_depth)
    return size[id(root)]


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def _line(node: yaml.Node) -> int | None:
    mark = getattr(node, "start_mark", None)
    return mark.line + 1 if mark is not None else None


def safe_load(text: str, loader: Any) -> Any:
    """yaml.load with a safe loader class, after the document has passed `check_graph`."""
    node = compose(text, loader)
    if node is None:
        return None
    constructor = loader("")
    try:
        return constructor.construct_document(node)
    finally:
        constructor.dispose()
