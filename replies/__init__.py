"""Reply and notification templates in six languages, rendered into email messages. Pure."""

__all__: list[str] = []
