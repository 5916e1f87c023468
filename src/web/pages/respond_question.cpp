// One page per question (dimension) of the round's framework: the statements and the position statement
// as radio groups 1-5 with "don't know", the importance 1-5 with "don't know", on the purpose question the
// allocation of 100 points, and the optional comment. Works without JavaScript: the running sum of the
// allocation is an enhancement, the server checks the sum on submit.
#include <vector>

#include "web/pages/assessment_pages.hpp"
#include "web/respond_blank_page.hpp"

namespace forkant::web::pages {

RawAnswers raw_from_saved(const Framework& fw, const Dimension& d, const ResponseAnswers& a) {
  RawAnswers raw;
  for (const auto& item : d.items) {
    if (item.kind == ItemKind::comment) {
      if (auto it = a.comments.find(item.id); it != a.comments.end()) raw[item.id] = it->second;
    } else if (auto it = a.values.find(item.id); it != a.values.end()) {
      raw[item.id] = std::to_string(it->second);
    }
  }
  if (d.id == fw.purpose_dimension_id) {
    for (const auto& p : fw.purposes) {
      if (auto it = a.purposes.find(p.id); it != a.purposes.end()) raw[p.id] = std::to_string(it->second);
    }
  }
  return raw;
}

const Dimension* dimension_in_path(Context& ctx, const Framework& fw) {
  const auto n = parse_form_int(ctx.param("n"));
  if (!n || *n < 1 || static_cast<std::size_t>(*n) > fw.dimensions.size()) return nullptr;
  return &fw.dimensions[static_cast<std::size_t>(*n) - 1];
}

Response respond_question_page(Context& ctx, const RespondSurface& surface, const RespondentView& link,
                               const Dimension& d, const RawAnswers& raw,
                               const std::vector<PageError>& errors, int status) {
  const auto& fw = *link.framework;
  const std::string& base = surface.base;
  const std::string total = std::to_string(fw.dimensions.size());
  const std::string number = std::to_string(d.number);
  auto error_for = [&](const std::string& field) -> const PageError* {
    for (const auto& e : errors) {
      if (e.field == field) return &e;
    }
    return nullptr;
  };
  auto value_of = [&](const std::string& id) -> std::string {
    auto it = raw.find(id);
    return it == raw.end() ? std::string() : it->second;
  };

  nlohmann::json items = nlohmann::json::array();
  nlohmann::json comment = nullptr;
  for (const auto& item : d.items) {
    const std::string hid = html_id("item-", item.id);
    const PageError* err = error_for(item.id);
    if (item.kind == ItemKind::comment) {
      comment = {{"id", hid},
                 {"name", item.id},
                 {"label", item.text.get(ctx.lang)},
                 {"value", value_of(item.id)},
                 {"max", std::to_string(kMaxCommentLength)}};
      if (err) comment["error"] = {{"id", "err-" + hid}, {"message", err->message}};
      continue;
    }
    const bool importance = item.kind == ItemKind::importance;
    const std::string chosen = value_of(item.id);
    nlohmann::json options = nlohmann::json::array();
    for (int v = kScaleMin; v <= kScaleMax; ++v) {
      const std::string value = std::to_string(v);
      options.push_back({{"id", hid + "-" + value},
                         {"value", value},
                         {"label", importance ? importance_label(ctx, v) : scale_label(ctx, v)},
                         {"checked", chosen == value},
                         {"dont_know", false}});
    }
    // Every rated item takes "don't know", importance too: paper forms bring it, and a guess would count.
    options.push_back({{"id", hid + "-dk"},
                       {"value", std::to_string(kDontKnow)},
                       {"label", scale_label(ctx, kDontKnow)},
                       {"checked", chosen == std::to_string(kDontKnow)},
                       {"dont_know", true}});
    nlohmann::json entry{{"id", hid},
                         {"name", item.id},
                         {"legend", item.text.get(ctx.lang)},
                         {"options", options},
                         {"position", item.kind == ItemKind::position},
                         {"importance", importance}};
    if (err) entry["error"] = {{"id", "err-" + hid}, {"message", err->message}};
    items.push_back(entry);
  }

  nlohmann::json allocation = nullptr;
  if (d.id == fw.purpose_dimension_id && !fw.purposes.empty()) {
    nlohmann::json purposes = nlohmann::json::array();
    int sum = 0;
    bool any = false;
    for (const auto& p : fw.purposes) {
      const std::string hid = html_id("purpose-", p.id);
      const std::string value = value_of(p.id);
      if (auto v = parse_form_int(value)) {
        sum += *v;
        any = true;
      }
      nlohmann::json entry{{"id", hid}, {"name", p.id}, {"label", p.label.get(ctx.lang)}, {"value", value}};
      if (const PageError* err = error_for(p.id))
        entry["error"] = {{"id", "err-" + hid}, {"message", err->message}};
      purposes.push_back(entry);
    }
    allocation = {{"purposes", purposes}, {"sum", std::to_string(sum)}};
    if (const PageError* err = error_for("allocation")) {
      allocation["sum_error"] = err->message;  // not "error": the purposes' sections would inherit it
    } else if (any && sum != kAllocationTotal && errors.empty()) {
      allocation["sum_note"] = ctx.t("respond.allocation_off", {{"sum", std::to_string(sum)}});
    }
  }

  nlohmann::json summary = nlohmann::json::array();
  for (const auto& e : errors) summary.push_back({{"message", e.message}, {"href", "#" + e.target}});

  const std::string progress = ctx.t("respond.progress", {{"n", number}, {"total", total}});
  const bool last = static_cast<std::size_t>(d.number) == fw.dimensions.size();
  nlohmann::json view{
      {"round_title", link.round.title},
      {"progress", progress},
      {"progress_label", ctx.t("respond.progress_label", {{"n", number}, {"total", total}})},
      {"number", number},
      {"total", total},
      {"next_label",
       ctx.t(last ? (surface.preview ? "respond.preview_done" : "respond.next_review") : "respond.next")},
      {"preview", surface.preview},
      {"dimension_title", d.title.get(ctx.lang)},
      {"question", d.question.get(ctx.lang)},
      {"action", base + "/q/" + number},
      {"items", items},
      {"comment", comment},
      {"allocation", allocation},
      {"errors", summary},
      {"has_errors", !errors.empty()},
      {"first", d.number == 1},
      {"last", last},
      {"review_href", base + "/review"}};
  if (!surface.banner.empty()) {
    view["banner"] = surface.banner;
    if (!surface.banner_note.empty()) view["banner_note"] = surface.banner_note;
  }
  if (surface.preview) {
    if (d.number > 1) view["prev_href"] = base + "/q/" + std::to_string(d.number - 1);
    view["next_href"] = last ? surface.done_href : base + "/q/" + std::to_string(d.number + 1);
  }
  return page(ctx, "respond_question", view,
              surface.title(progress + ": " + d.title.get(ctx.lang) + " – " + link.round.title), status);
}

Response respond_question(Context& ctx) {
  auto link = ctx.app.services().assessment->open_link(ctx.param("token"));
  if (!link) return respondent_refusal(ctx, link.error());
  const auto* d = dimension_in_path(ctx, *link->framework);
  if (!d) return error_response(ctx, Error::not_found());
  const RawAnswers raw = raw_from_saved(*link->framework, *d, link->answers);
  if (raw.empty()) {
    // Nothing saved on this page yet (the usual way forward): the round's blank page, rendered once.
    const std::string number = std::to_string(d->number);
    const std::string key = "question\n" + ctx.lang + "\n" + std::to_string(link->round.framework_id) + "\n" +
                            number + "\n" + link->round.title;
    auto blank = respond_blank_page(ctx, key, ctx.param("token"), "/q/" + number,
                                    [&](Context& c, const std::string& base) {
                                      RespondSurface surface;
                                      surface.base = base;
                                      return respond_question_page(c, surface, *link, *d, raw, {}, 200);
                                    });
    if (blank) return std::move(*blank);
  }
  return respond_question_page(ctx, respondent_surface(ctx), *link, *d, raw, {}, 200);
}

}  // namespace forkant::web::pages
