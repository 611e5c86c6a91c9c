"""lawie's command line: one typer app with a sub-app per stage."""
import typer

from . import annotations as annotations_cli
from . import reports, segmenter, training
from .. import overview as overview_cli
from .. import show as show_cli

app = typer.Typer(help="lawie: structured data from Chinese rule-of-law government reports.", no_args_is_help=True)
app.command("segment")(reports.segment)
app.command("extract")(reports.extract)
app.command("show")(show_cli.show)
app.command("overview")(overview_cli.overview)
app.add_typer(annotations_cli.app, name="annotations")
app.add_typer(segmenter.app, name="segmenter")
app.command("annotate")(annotations_cli.annotate)
app.command("train")(training.train)
app.command("evaluate")(training.evaluate_command)
app.command("package")(training.package)
app.command("external-ner")(training.external_ner)


def main() -> None:
    """Console-script entry point."""
    app()
