"""`allegedly thread`: a document's reader comments summed up (stance, civility, arguments, disputes).

Registered on the `allegedly` app by importing this module (cli.py does).
"""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from allegedly.present.cli import (
    DbOption,
    FormatOption,
    ModelOption,
    TableOrJson,
    _print_json,
    analyses_for,
    app,
    out,
)
from allegedly.present.eval_view import thread_view


@app.command()
def thread(
    target: Annotated[str, typer.Argument(help="A file, or a stored document's id or file name.")],
    db: DbOption = None,
    model: ModelOption = "",
    format: FormatOption = TableOrJson.table,
) -> None:
    """The comment thread of a document: counts, stance per person, civility, most replied,
    the main arguments on each side, and the claims readers dispute.

    Example: allegedly thread corpus/sample/001_blog_2019.txt
    """
    views = [thread_view(a) for a in analyses_for(target, db, model)]
    if format == TableOrJson.json:
        _print_json(views if len(views) != 1 else views[0])
        return
    for view in views:
        _print_thread(view)


def _print_thread(view: dict[str, Any]) -> None:
    declared = f" of {view['declared']} declared" if view["declared"] is not None else ""
    out.print(
        f"[bold]{escape(view['file'])}[/bold]: {view['comments']} comments{declared}, "
        f"{view['replies']} replies, civility {view['civility_rate']:.0%}, toxic {view['toxic']}"
    )
    stance = Table("person", "pro", "con", "neutral", title="stance")
    for target, shares in view["stance_shares"].items():
        stance.add_row(
            escape(target), *(f"{shares.get(label, 0):.0%}" for label in ("pro", "con", "neutral"))
        )
    out.print(stance)
    arguments = Table("person", "side", "argument", "comments", "example", title="main arguments")
    for target, sides in view["arguments"].items():
        for side, groups in sides.items():
            for group in groups:
                arguments.add_row(
                    escape(target),
                    side,
                    escape(group["label"]),
                    ", ".join(map(str, group["comments"])),
                    escape(group["example"]),
                )
    out.print(arguments)
    replied = ", ".join(f"#{r['n']} {r['author']} ({r['replies']})" for r in view["most_replied"])
    out.print(f"most replied: {escape(replied or '-')}")
    for dispute in view["disputed"]:
        reasons = "; ".join(dict.fromkeys(dispute["reasons"]))
        post = " · ".join(repr(words) for words in dispute["post_evidence"] or [dispute["evidence"]])
        out.print(
            f"disputed: {escape(dispute['subject'])} {dispute['predicate']} "
            f"{escape(str(dispute['object'] or dispute['value']))} — comments "
            f"{', '.join(map(str, dispute['comments']))}: {escape(reasons)} — the post: {escape(post)}"
        )
    for backed in view["backed"]:
        words = "; ".join(
            f"#{n} {words!r}" for n, words in zip(backed["comments"], backed["reasons"], strict=True)
        )
        out.print(
            f"readers back: {escape(backed['subject'])} {backed['predicate']} "
            f"{escape(str(backed['object'] or backed['value']))} — {escape(words)}"
        )
