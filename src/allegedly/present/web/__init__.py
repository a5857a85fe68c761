"""The web interface and HTTP API: `create_app(db_url)` gives a FastAPI app over one store."""

from allegedly.present.web.app import create_app

__all__ = ["create_app"]
