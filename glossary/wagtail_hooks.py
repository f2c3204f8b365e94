from wagtail.snippets.models import register_snippet

from .review_admin import GlossaryTermViewSet

register_snippet(GlossaryTermViewSet)
