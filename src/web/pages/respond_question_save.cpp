// Saving one question's page, for a respondent's link and (respond_question_save_with) a paper entry.
// Every page save is durable before the redirect (save-as-you-go); a respondent coming back with the same
// link finds their answers. A refused value shows the page again.
#include <vector>

#include "web/pages/assessment_pages.hpp"

namespace forkant::web::pages {
namespace {

// The id of the first control of an item or purpose, for the error summary's link.
std::string control_id(const Framework& fw, std::string_view field) {
  if (const auto* item = fw.find_item(field)) {
    if (item->kind == ItemKind::comment) return html_id("item-", item->id);
    return html_id("item-", item->id) + "-1";  // the first radio of the group
  }
  if (fw.find_purpose(field)) return html_id("purpose-", field);
  return "answers";
}

bool is_link_refusal(const Error& e) {
  return e.code == "unknown_token" || e.code == "already_submitted" || e.code == "round_closed" ||
         e.code == "round_not_open";
}

}  // namespace

Response respond_question_save_with(Context& ctx, const RespondSurface& surface,
                                    const std::function<Result<RespondentView>()>& open,
                                    const std::function<Result<RespondentView>(const AnswersPatch&)>& save) {
  auto link = open();
  if (!link) return respondent_refusal(ctx, link.error());
  const auto& fw = *link->framework;
  const auto* d = dimension_in_path(ctx, fw);
  if (!d) return error_response(ctx, Error::not_found());
  const auto& form = ctx.form();

  // Every field of this page goes into the patch: a radio left unchosen or an emptied field clears.
  RawAnswers raw;
  AnswersPatch patch;
  std::vector<PageError> errors;
  auto quoted = [&](const std::string& text) { return ctx.t("form.quoted", {{"text", text}}); };
  for (const auto& item : d->items) {
    const std::string text = form.get(item.id);
    raw[item.id] = text;
    if (item.kind == ItemKind::comment) {
      patch.comments[item.id] = text.empty() ? std::nullopt : std::optional<std::string>(text);
      continue;
    }
    if (text.empty()) {
      patch.values[item.id] = std::nullopt;
    } else if (auto v = parse_form_int(text)) {
      patch.values[item.id] = *v;
    } else {
      errors.push_back(
          {ctx.t("error.value_out_of_range", {{"item", quoted(item.text.get(ctx.lang))}, {"value", text}}),
           control_id(fw, item.id), item.id});
    }
  }
  const bool purpose_page = d->id == fw.purpose_dimension_id;
  if (purpose_page) {
    for (const auto& p : fw.purposes) {
      const std::string text = form.get(p.id);
      raw[p.id] = text;
      if (text.find_first_not_of(" \t") == std::string::npos) {
        patch.purposes[p.id] = std::nullopt;
      } else if (auto v = parse_form_int(text)) {
        patch.purposes[p.id] = *v;
      } else {
        errors.push_back({ctx.t("respond.error.points_not_number", {{"purpose", p.label.get(ctx.lang)}}),
                          control_id(fw, p.id), p.id});
      }
    }
  }
  if (!errors.empty()) return respond_question_page(ctx, surface, *link, *d, raw, errors, 422);
  auto saved = save(patch);
  if (!saved) {
    const Error& e = saved.error();
    if (is_link_refusal(e)) return respondent_refusal(ctx, e);
    // Name the question by its text, not by its id.
    Error shown = e;
    std::string field;
    if (auto it = e.params.find("item"); it != e.params.end()) {
      field = it->second;
      if (const auto* item = fw.find_item(field)) shown.params["item"] = quoted(item->text.get(ctx.lang));
    } else if (auto pt = e.params.find("purpose"); pt != e.params.end()) {
      field = pt->second;
      if (const auto* p = fw.find_purpose(field)) shown.params["purpose"] = p->label.get(ctx.lang);
    }
    errors.push_back({error_message(ctx, shown), control_id(fw, field), field});
    return respond_question_page(ctx, surface, *link, *d, raw, errors, http_status(e));
  }

  const std::string& base = surface.base;
  const std::string nav = form.get("nav");
  // "Next" does not leave the allocation unfinished: the page stays with the error (what was typed is
  // saved as the draft, so nothing is lost); "Previous" and "Save for later" may leave it half done.
  if (purpose_page && nav != "prev" && nav != "save") {
    if (const Status complete = validate_allocation(saved->answers); !complete) {
      const std::string target =
          fw.purposes.empty() ? std::string("allocation") : control_id(fw, fw.purposes.front().id);
      errors.push_back({ctx.t("respond.error.allocation_next", {{"sum", complete.error().params.at("sum")}}),
                        target, "allocation"});
      return respond_question_page(ctx, surface, *link, *d, raw, errors, 422);
    }
  }
  if (nav == "save") return redirect(surface.save_href.empty() ? base + "?saved=1" : surface.save_href);
  if (nav == "prev") return redirect(d->number > 1 ? base + "/q/" + std::to_string(d->number - 1) : base);
  if (static_cast<std::size_t>(d->number) >= fw.dimensions.size()) return redirect(base + "/review");
  return redirect(base + "/q/" + std::to_string(d->number + 1));
}

Response respond_question_save(Context& ctx) {
  auto& svc = *ctx.app.services().assessment;
  const std::string token = ctx.param("token");
  return respond_question_save_with(
      // The answers saved so far are read by the save, in its transaction; the page needs only the link.
      ctx, respondent_surface(ctx), [&] { return svc.open_link(token, false); },
      [&](const AnswersPatch& patch) { return svc.save_answers(token, patch, false); });
}

}  // namespace forkant::web::pages
