"""lawie's command line: one typer app with a sub-app per stage."""
import typer

app = typer.Typer(help="lawie: structured data from Chinese rule-of-law government reports.", no_args_is_help=True)


def main() -> None:
    """Console-script entry point."""
    app()
