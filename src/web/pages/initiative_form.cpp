// The initiative form (templates/initiatives_form.mustache) for recording and editing an initiative. The
// lists within it (purposes with weights, data sources, partners, standards, benefits, messages) are rows
// of fields: the filled ones and kEmptyRows empty ones beneath, so that it works without JavaScript; an
// empty row is ignored, and a refused form comes back with its rows numbered as the message names them.
#include <algorithm>

#include "domain/initiatives/initiative_validation.hpp"
#include "render/templates.hpp"
#include "services/assessment.hpp"
#include "services/decisions.hpp"
#include "web/app.hpp"
#include "web/ids.hpp"
#include "web/pages/decisions_pages.hpp"
#include "web/pages/initiative_pages.hpp"
#include "web/respond.hpp"

namespace forkant::web::pages {
namespace {

using Json = nlohmann::json;

// The suggestions of common public standards and components (question 9); free text is allowed too.
constexpr const char* kStandardSuggestions[] = {"MitID",
                                                "NemLog-in",
                                                "Digital Post",
                                                "Fælleskommunal Rammearkitektur",
                                                "NemKonto",
                                                "Borger.dk/Virk selvbetjening",
                                                "Serviceplatformen",
                                                "OIOUBL",
                                                "Fællesoffentlig Digital Arkitektur"};

constexpr int kMaxFormRows = static_cast<int>(kMaxInitiativeListRows) + kEmptyRows;

std::string name(const char* field, int row) {
  return std::string(field) + "_" + std::to_string(row);
}

Error row_error(const std::string& code, int row) {
  return Error::invalid(code, "error.initiative." + code, {{"row", std::to_string(row)}});
}

bool blank(const std::string& text) {
  return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

template <typename E>
Json choices(const Context& ctx, const std::string& prefix, std::initializer_list<E> values, E chosen) {
  Json out = Json::array();
  for (const auto v : values) {
    const std::string n{to_string(v)};
    out.push_back({{"value", n}, {"label", ctx.t(prefix + n)}, {"selected", v == chosen}});
  }
  return out;
}

std::string iso_or_empty(Date d) {
  return d.ok() ? format_iso_date(d) : "";
}

// Rows of one list, numbered from 1, with kEmptyRows empty ones (up to `max` rows in all).
template <typename T, typename View>
Json rows(const std::vector<T>& filled, std::size_t max, const View& view) {
  Json out = Json::array();
  const std::size_t total = std::min(filled.size() + kEmptyRows, std::max(max, filled.size()));
  for (std::size_t i = 0; i < total; ++i) {
    Json row = i < filled.size() ? view(&filled[i]) : view(static_cast<const T*>(nullptr));
    row["n"] = std::to_string(i + 1);
    out.push_back(row);
  }
  return out;
}

template <typename E>
std::optional<E> choice(const Form& form, const std::string& field,
                        std::optional<E> (*parse)(std::string_view), std::optional<Error>& problem) {
  const auto v = form.find(field);
  if (!v || v->empty()) return std::nullopt;
  const auto e = parse(*v);
  if (!e && !problem)
    problem = Error::invalid("unknown_value", "error.initiative.unknown_value", {{"field", field}});
  return e;
}

Date date_field(const Form& form, const std::string& field, const std::string& code, int row,
                std::optional<Error>& problem) {
  const auto v = form.get(field);
  if (blank(v)) return Date{};
  if (const auto d = parse_iso_date(v)) return *d;
  if (!problem) problem = row_error(code, row);
  return Date{};
}

std::set<std::int64_t> ids(const Form& form, const std::string& field) {
  std::set<std::int64_t> out;
  for (const auto& v : form.all(field)) {
    // An id that does not parse is left out here; one of another organisation the service refuses.
    if (const auto id = parse_id(v)) out.insert(*id);
  }
  return out;
}

void read_lists(const Form& form, InitiativeDraft& d, std::optional<Error>& problem) {
  d.purposes.clear();
  d.data_sources.clear();
  d.partners.clear();
  d.standards.clear();
  d.benefits.clear();
  d.communication.clear();
  for (int r = 1; r <= kMaxFormRows; ++r) {
    // Each list counts its own rows, so the row a message names is the row as the form shows it again.
    const auto purpose = form.get(name("purpose", r));
    const auto weight = form.get(name("purpose_weight", r));
    if (!blank(purpose) || !blank(weight)) {
      const int row = static_cast<int>(d.purposes.size()) + 1;
      const auto w = parse_form_int(weight);
      if (!w && !problem) problem = row_error("purpose_weight_range", row);
      d.purposes.push_back({purpose, w.value_or(0)});
    }
    const auto system = form.get(name("source_system", r));
    if (!blank(system)) {
      DataSource s{system, Quality::uncertain};
      if (const auto q = choice<Quality>(form, name("source_quality", r), &quality_from_string, problem)) {
        s.quality = *q;
      }
      d.data_sources.push_back(s);
    }
    const auto partner = form.get(name("partner_name", r));
    const auto role = form.get(name("partner_role", r));
    if (!blank(partner) || !blank(role)) {
      Partner p{partner, PartnerKind::public_body, role};
      if (const auto k =
              choice<PartnerKind>(form, name("partner_kind", r), &partner_kind_from_string, problem)) {
        p.kind = *k;
      }
      d.partners.push_back(p);
    }
    const auto standard = form.get(name("standard", r));
    if (!blank(standard)) d.standards.push_back(standard);
    const auto benefit = form.get(name("benefit_title", r));
    const auto unit = form.get(name("benefit_unit", r));
    const auto baseline = form.get(name("benefit_baseline", r));
    const auto target = form.get(name("benefit_target", r));
    const auto measure_on = form.get(name("benefit_measure_on", r));
    const auto measured_by = form.get(name("benefit_measured_by", r));
    if (!blank(benefit) || !blank(unit) || !blank(baseline) || !blank(target) || !blank(measure_on) ||
        !blank(measured_by)) {
      const int row = static_cast<int>(d.benefits.size()) + 1;
      Benefit b{benefit, unit, 0, 0, Date{}, measured_by};
      for (const auto& [text, slot] : {std::pair{&baseline, &b.baseline}, std::pair{&target, &b.target}}) {
        if (blank(*text)) continue;
        const auto x = parse_amount(*text);
        if (!x && !problem) problem = row_error("benefit_value_invalid", row);
        *slot = x.value_or(0);
      }
      b.measure_on =
          date_field(form, name("benefit_measure_on", r), "benefit_measure_on_invalid", row, problem);
      d.benefits.push_back(b);
    }
    const auto who = form.get(name("message_who", r));
    const auto what = form.get(name("message_what", r));
    const auto when = form.get(name("message_when", r));
    const auto channel = form.get(name("message_channel", r));
    if (!blank(who) || !blank(what) || !blank(when) || !blank(channel)) {
      const int row = static_cast<int>(d.communication.size()) + 1;
      Message m{Audience::employees, who, what, Date{}, channel};
      if (const auto a =
              choice<Audience>(form, name("message_audience", r), &audience_from_string, problem)) {
        m.audience = *a;
      }
      m.when = date_field(form, name("message_when", r), "message_when_invalid", row, problem);
      d.communication.push_back(m);
    }
  }
}

}  // namespace

Status read_initiative_form(const Form& form, InitiativeDraft& d) {
  std::optional<Error> problem;
  if (auto v = form.find("title")) d.title = *v;
  if (auto v = form.find("description")) d.description = *v;
  if (auto v = form.find("owner")) d.owner_user_id = parse_id(*v).value_or(0);
  d.questions.clear();
  for (const auto& q : form.all("questions")) {
    const auto n = parse_number(q, 1000);
    if (!n && !problem)
      problem = Error::invalid("unknown_question", "error.unknown_question", {{"question", q}});
    if (n) d.questions.insert(*n);
  }
  if (auto v = form.find("value_rating")) {
    const auto n = parse_number(*v, 1000);
    if (!n && !problem) problem = Error::invalid("value_rating_range", "error.initiative.value_rating_range");
    d.value_rating = n.value_or(0);
  }
  d.technologies.clear();
  for (const auto& t : form.all("technologies")) {
    if (const auto tech = technology_from_string(t)) {
      d.technologies.insert(*tech);
    } else if (!problem) {
      problem =
          Error::invalid("unknown_value", "error.initiative.unknown_value", {{"field", "technologies"}});
    }
  }
  if (const auto m = choice<Maturity>(form, "maturity", &maturity_from_string, problem)) d.maturity = *m;
  if (auto v = form.find("data_types")) {
    d.data_types.clear();
    std::size_t start = 0;
    while (start <= v->size()) {
      const auto end = std::min(v->find('\n', start), v->size());
      auto line = v->substr(start, end - start);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!blank(line)) d.data_types.push_back(line);
      start = end + 1;
    }
  }
  d.personal_data = form.get("personal_data") == "1";
  d.special_categories = form.get("special_categories") == "1";
  if (const auto q = choice<Quality>(form, "competence_readiness", &quality_from_string, problem)) {
    d.competence_readiness = *q;
  }
  if (auto v = form.find("asked_by")) d.asked_by = *v;
  if (auto v = form.find("prefers_human_contact")) d.prefers_human_contact = *v;
  if (auto v = form.find("analogue_alternative")) d.analogue_alternative = *v;
  if (auto v = form.find("analogue_owner")) {
    d.analogue_owner_user_id = parse_id(*v);
    if (!v->empty() && !d.analogue_owner_user_id && !problem) {
      problem = Error::invalid("unknown_analogue_owner", "error.initiative.unknown_analogue_owner");
    }
  }
  if (auto v = form.find("governance")) d.governance = *v;
  if (auto v = form.find("method_freedom")) d.method_freedom = *v;
  read_lists(form, d, problem);
  d.decision_ids = ids(form, "decisions");
  d.goal_ids = ids(form, "goals");
  d.step_ids = ids(form, "steps");
  if (problem) return *problem;
  return ok_status();
}

Response initiative_form_page(Context& ctx, const OrgAccess& access, const InitiativeFormView& form,
                              const InitiativeDraft& d, const std::string& error, int status) {
  const auto org_id = access.org_id;
  auto& decisions = *ctx.app.services().decisions;
  std::vector<std::pair<std::string, std::string>> purpose_list;  // id, label
  if (const auto fw = ctx.app.services().assessment->framework_by_key(kDecisionFramework)) {
    for (const auto& p : fw->purposes) purpose_list.emplace_back(p.id, p.label.get(ctx.lang));
  }
  const auto purposes = rows(d.purposes, purpose_list.size(), [&](const PurposeWeight* p) {
    Json options = Json::array();
    for (const auto& [id, label] : purpose_list) {
      options.push_back({{"value", id}, {"label", label}, {"selected", p && p->purpose_id == id}});
    }
    return Json{{"options", options}, {"weight", p ? std::to_string(p->weight) : ""}};
  });
  const auto sources = rows(d.data_sources, kMaxInitiativeListRows, [&](const DataSource* s) {
    return Json{
        {"system", s ? s->system : ""},
        {"qualities", choices(ctx, "initiative.quality.", {Quality::good, Quality::uncertain, Quality::poor},
                              s ? s->quality : Quality::uncertain)}};
  });
  const auto partners = rows(d.partners, kMaxInitiativeListRows, [&](const Partner* p) {
    return Json{{"name", p ? p->name : ""},
                {"role", p ? p->role : ""},
                {"kinds", choices(ctx, "initiative.partner_kind.",
                                  {PartnerKind::public_body, PartnerKind::company, PartnerKind::university,
                                   PartnerKind::other},
                                  p ? p->kind : PartnerKind::public_body)}};
  });
  const auto standards = rows(d.standards, kMaxInitiativeListRows, [](const std::string* s) {
    return Json{{"value", s ? *s : ""}};
  });
  const auto benefits = rows(d.benefits, kMaxInitiativeListRows, [&](const Benefit* b) {
    return Json{{"title", b ? b->title : ""},
                {"unit", b ? b->unit : ""},
                {"baseline", b ? format_amount(b->baseline, ctx.lang) : ""},
                {"target", b ? format_amount(b->target, ctx.lang) : ""},
                {"measure_on", b ? iso_or_empty(b->measure_on) : ""},
                {"measured_by", b ? b->measured_by : ""}};
  });
  const auto messages = rows(d.communication, kMaxInitiativeListRows, [&](const Message* m) {
    return Json{{"who", m ? m->who : ""},
                {"what", m ? m->what : ""},
                {"when", m ? iso_or_empty(m->when) : ""},
                {"channel", m ? m->channel : ""},
                {"audiences", choices(ctx, "initiative.audience.", {Audience::employees, Audience::citizens},
                                      m ? m->audience : Audience::employees)}};
  });
  Json technologies = Json::array();
  for (const auto t : {Technology::rules, Technology::machine_learning, Technology::generative_ai,
                       Technology::rpa, Technology::sensors, Technology::platform}) {
    const std::string n{to_string(t)};
    technologies.push_back({{"value", n},
                            {"label", ctx.t("initiative.technology." + n)},
                            {"checked", d.technologies.contains(t)}});
  }
  Json ratings = Json::array();
  for (int r = 0; r <= 5; ++r) {
    ratings.push_back({{"value", std::to_string(r)},
                       {"label", ctx.t("initiative.value_rating." + std::to_string(r))},
                       {"selected", d.value_rating == r}});
  }
  Json analogue_owners = member_options(ctx, org_id, d.analogue_owner_user_id);
  Json decision_links = Json::array();
  for (const auto& x : decisions.all_decisions(org_id)) {
    decision_links.push_back({{"value", std::to_string(x.id)},
                              {"label", x.content.title},
                              {"checked", d.decision_ids.contains(x.id)}});
  }
  Json goal_links = Json::array();
  std::map<std::int64_t, std::string> goal_titles;
  for (const auto& g : decisions.goals(org_id)) {
    goal_titles[g.id] = g.title;
    goal_links.push_back(
        {{"value", std::to_string(g.id)}, {"label", g.title}, {"checked", d.goal_ids.contains(g.id)}});
  }
  Json step_links = Json::array();
  for (const auto& s : decisions.steps(org_id)) {
    step_links.push_back({{"value", std::to_string(s.id)},
                          {"label", goal_titles[s.goal_id] + ": " + s.hypothesis},
                          {"checked", d.step_ids.contains(s.id)}});
  }
  Json suggestions = Json::array();
  for (const char* s : kStandardSuggestions) suggestions.push_back(s);
  std::string data_types;
  for (const auto& t : d.data_types) data_types += t + "\n";

  Json view{
      {"org", org_view(ctx, org_id, access.role)},
      {"heading", form.heading},
      {"action", form.action},
      {"submit", form.submit},
      {"cancel", form.cancel},
      {"title", d.title},
      {"description", d.description},
      {"owners", member_options(ctx, org_id, d.owner_user_id)},
      {"questions", question_choices(ctx, d.questions)},
      {"value_ratings", ratings},
      {"purposes", purposes},
      {"technologies", technologies},
      {"maturities", choices(ctx, "initiative.maturity.",
                             {Maturity::experimental, Maturity::emerging, Maturity::proven}, d.maturity)},
      {"data_types", data_types},
      {"personal_data", d.personal_data},
      {"special_categories", d.special_categories},
      {"sources", sources},
      {"readiness", choices(ctx, "initiative.quality.", {Quality::good, Quality::uncertain, Quality::poor},
                            d.competence_readiness)},
      {"asked_by", d.asked_by},
      {"prefers_human_contact", d.prefers_human_contact},
      {"analogue_alternative", d.analogue_alternative},
      {"analogue_owners", analogue_owners},
      {"partners", partners},
      {"governance", d.governance},
      {"standards", standards},
      {"standard_suggestions", suggestions},
      {"method_freedom", d.method_freedom},
      {"benefits", benefits},
      {"messages", messages},
      {"decision_links", decision_links},
      {"has_decision_links", !decision_links.empty()},
      {"goal_links", goal_links},
      {"has_goal_links", !goal_links.empty()},
      {"step_links", step_links},
      {"has_step_links", !step_links.empty()}};
  if (form.version) view["version"] = std::to_string(*form.version);
  if (!error.empty()) view["error"] = error;
  return page(ctx, "initiatives_form", view, form.heading, status);
}

}  // namespace forkant::web::pages
