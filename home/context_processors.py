from .navigation import build_navigation


def site_navigation(request):
    return {"navigation": build_navigation(request)}
