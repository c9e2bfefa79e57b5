"""``redflags`` on the command line (called from ``commands.py``; its dates are checked in
``cli.py`` before the diary is opened). Strings are marked ``translate("cli", "...")`` in
full so ``pyside6-lupdate`` finds them."""

from __future__ import annotations

import argparse
from typing import TextIO

from caregiver_app.core.guidance import CONTEXT as GUIDANCE
from caregiver_app.core.guidance import LEVEL_LABELS
from caregiver_app.core.messages import UserError
from caregiver_app.core.records import Child
from caregiver_app.core.redflags import Episode
from caregiver_app.i18n import translate
from caregiver_app.services.app import AppServices

EXIT_USAGE = 2
NO_TIME = "--:--"


def episode_line(episode: Episode, child_name: str = "") -> str:
    """``2026-11-21 08:15<TAB>Emergency<TAB>Raised pressure in the head<TAB>A severe
    headache was logged; ...`` (with several children the rule starts with the child's
    name and a colon)."""
    local = episode.first_local()
    when = local.strftime("%H:%M") if episode.time_known else NO_TIME
    title = episode.render_title(translate)
    if child_name:
        title = f"{' '.join(child_name.split())}: {title}"
    return "\t".join(
        (
            f"{local.date().isoformat()} {when}",
            translate(GUIDANCE, LEVEL_LABELS[episode.level]),
            title,
            episode.render_reason(translate),
        )
    )


def redflags_command(
    services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    children: list[Child]
    if args.child is not None:
        try:
            children = [services.family.child_by_name(args.child)]
        except UserError as error:
            err.write(f"--child: {error.render(translate)}\n")
            return EXIT_USAGE
    else:
        children = services.family.children()
    several = args.child is None and len(children) > 1
    printed = 0
    for child in children:
        for episode in services.redflags.episodes(child.id, args.start, args.end):
            out.write(episode_line(episode, child.name if several else "") + "\n")
            printed += 1
    if not printed:
        first = args.start.isoformat() if args.start else translate("cli", "first entry")
        last = args.end.isoformat() if args.end else translate("cli", "last entry")
        out.write(
            translate("cli", "No red-flag episodes in the diary from {first} to {last}.").format(
                first=first, last=last
            )
            + "\n"
        )
    return 0
