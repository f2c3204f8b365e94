"""The admin sign-in with its second step, and the staff member's two-factor page."""

from axes.handlers.proxy import AxesProxyHandler

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.views.generic import TemplateView

from wagtail.admin.views.account import LoginView as WagtailLoginView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from . import two_factor
from .forms import CodeForm
from .lockout import lockout_response

# django-otp waits longer after each wrong code (1 s, 2 s, 4 s...) before checking another.
WRONG_CODE = (
    "That code is not right, or has been used already. Wait a few seconds before you try again."
)


class LoginView(WagtailLoginView):
    """Wagtail's sign-in. The password is checked (and counted by axes) as before; a user
    with two-factor is sent on to the code step instead of being logged in."""

    def form_valid(self, form):
        user = form.get_user()
        if not two_factor.has_two_factor(user):
            return super().form_valid(form)
        two_factor.begin(
            self.request,
            user,
            remember=bool(form.cleaned_data.get("remember")),
            next_url=self.get_success_url(),
        )
        return redirect(two_factor.VERIFY_URL_NAME)


class VerifyView(TemplateView):
    template_name = "accounts/verify.html"

    def dispatch(self, request, *args, **kwargs):
        self.pending = two_factor.pending(request)
        if self.pending is None:
            messages.error(request, "Please sign in again.")
            return redirect("wagtailadmin_login")
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "form": kwargs.get("form") or CodeForm()}

    def post(self, request, *args, **kwargs):
        user, data = self.pending
        credentials = {"username": user.get_username()}
        if not AxesProxyHandler.is_allowed(request, credentials):
            return lockout_response(request, credentials=credentials)
        form = CodeForm(request.POST)
        device = form.is_valid() and two_factor.check_code(request, user, form.cleaned_data["code"])
        if not device:
            form.add_error(None, WRONG_CODE)
            # The failure was just counted: it may have been the one that locks.
            if getattr(request, "axes_locked_out", False):
                return lockout_response(request, credentials=credentials)
            return self.render_to_response(self.get_context_data(form=form), status=400)
        two_factor.finish(request, user, device, data)
        return HttpResponseRedirect(data["next"])


class TwoFactorView(WagtailAdminTemplateMixin, TemplateView):
    """Turn two-factor on (QR code, a code back, backup codes shown once), get new backup
    codes, or turn it off with a current code."""

    template_name = "accounts/two_factor.html"
    page_title = "Two-step sign-in"
    header_icon = "key"

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_account"), "label": "Account"},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context["enrolled"] = two_factor.has_two_factor(user)
        context["required"] = two_factor.must_enrol(user)
        context["required_by_site"] = two_factor.required_for(user)
        context.setdefault("form", CodeForm())
        if context["enrolled"]:
            context["remaining"] = two_factor.remaining_backup_codes(user)
        else:
            device = two_factor.unconfirmed_authenticator(user)
            context["qr_svg"] = two_factor.qr_svg(device)
            context["secret"] = two_factor.secret_for_typing(device)
        return context

    def post(self, request, *args, **kwargs):
        user = request.user
        action = request.POST.get("action")
        form = CodeForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        code = form.cleaned_data["code"]
        enrolled = two_factor.has_two_factor(user)
        if not enrolled and action == "confirm":
            codes = two_factor.confirm(request, two_factor.unconfirmed_authenticator(user), code)
            if codes is not None:
                return self.render_to_response(self.get_context_data(backup_codes=codes))
        elif enrolled and action in ("new_backup_codes", "turn_off"):
            # Both need a current code: a session left open is not enough to weaken 2FA.
            if two_factor.check_code(request, user, code) is not None:
                if action == "turn_off":
                    two_factor.turn_off(user)
                    messages.success(request, "Two-step sign-in is off.")
                    return redirect(two_factor.TWO_FACTOR_URL_NAME)
                codes = two_factor.new_backup_codes(user)
                return self.render_to_response(self.get_context_data(backup_codes=codes))
        else:
            form.add_error(None, "That action is not available now. Please try again.")
            return self.render_to_response(self.get_context_data(form=form), status=400)
        form.add_error("code", WRONG_CODE)
        return self.render_to_response(self.get_context_data(form=form), status=400)
