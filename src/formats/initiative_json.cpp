#include "formats/initiative_json.hpp"

#include <cmath>
#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "formats/json_integer.hpp"

namespace forkant {
namespace {

using Json = nlohmann::json;

Error unknown_field(const std::string& field) {
  return Error{ErrorKind::malformed, "unknown_field", "error.unknown_field", {{"field", field}}};
}
Error missing_field(const std::string& field) {
  return Error{ErrorKind::malformed, "missing_field", "error.missing_field", {{"field", field}}};
}
Error unknown_value(const std::string& field) {
  return Error::invalid("unknown_value", "error.initiative.unknown_value", {{"field", field}});
}
Error invalid_date(const std::string& field) {
  return Error::invalid("invalid_date", "error.invalid_date", {{"field", field}});
}

Json date_or_null(Date d) {
  return d.ok() ? Json(format_iso_date(d)) : Json(nullptr);
}

template <typename E>
std::vector<std::string> names(const std::set<E>& values) {
  std::vector<std::string> out;
  out.reserve(values.size());
  for (const auto v : values) out.emplace_back(to_string(v));
  return out;
}

// Reads the members of one JSON object, refusing those it does not know.
class Members {
 public:
  Members(const Json& object, std::string path) : object_(object), path_(std::move(path)) {}

  std::string at(const std::string& name) const { return path_.empty() ? name : path_ + "." + name; }
  // The member, or nullptr when absent (an error when `required`).
  const Json* get(const std::string& name, bool required) {
    known_.insert(name);
    const auto it = object_.find(name);
    if (it == object_.end()) {
      if (required && !error_) error_ = missing_field(at(name));
      return nullptr;
    }
    return &*it;
  }
  void fail(Error e) {
    if (!error_) error_ = std::move(e);
  }
  std::optional<Error> finish() {
    if (error_) return error_;
    for (const auto& [k, v] : object_.items()) {
      if (!known_.contains(k)) return unknown_field(at(k));
    }
    return std::nullopt;
  }

  void text(const std::string& name, std::string& out, bool required) {
    if (const auto* v = get(name, required)) {
      if (v->is_string()) {
        out = v->get<std::string>();
      } else {
        fail(json_wrong_type(at(name)));
      }
    }
  }
  void boolean(const std::string& name, bool& out, bool required) {
    if (const auto* v = get(name, required)) {
      if (v->is_boolean()) {
        out = v->get<bool>();
      } else {
        fail(json_wrong_type(at(name)));
      }
    }
  }
  template <typename T>
  void integer(const std::string& name, T& out, bool required) {
    if (const auto* v = get(name, required)) {
      auto x = json_integer<T>(*v, at(name));
      if (x) {
        out = *x;
      } else {
        fail(x.error());
      }
    }
  }
  void number(const std::string& name, double& out, bool required) {
    if (const auto* v = get(name, required)) {
      if (v->is_number() && std::isfinite(v->get<double>())) {
        out = v->get<double>();
      } else {
        fail(json_wrong_type(at(name)));
      }
    }
  }
  // A date, or (nullable) null for "not set".
  void date(const std::string& name, Date& out, bool required) {
    if (const auto* v = get(name, required)) {
      if (v->is_null()) {
        out = Date{};
      } else if (!v->is_string()) {
        fail(json_wrong_type(at(name)));
      } else if (const auto d = parse_iso_date(v->get<std::string>())) {
        out = *d;
      } else {
        fail(invalid_date(at(name)));
      }
    }
  }
  template <typename E>
  void choice(const std::string& name, E& out, bool required, std::optional<E> (*parse)(std::string_view)) {
    if (const auto* v = get(name, required)) {
      if (!v->is_string()) {
        fail(json_wrong_type(at(name)));
      } else if (const auto e = parse(v->get<std::string>())) {
        out = *e;
      } else {
        fail(unknown_value(at(name)));
      }
    }
  }
  // An array whose elements `each` reads (with the element's path).
  void array(const std::string& name, bool required,
             const std::function<void(const Json&, const std::string&)>& each) {
    if (const auto* v = get(name, required)) {
      if (!v->is_array()) {
        fail(json_wrong_type(at(name)));
        return;
      }
      for (std::size_t i = 0; i < v->size() && !error_; ++i) {
        each((*v)[i], at(name) + "[" + std::to_string(i + 1) + "]");
      }
    }
  }

 private:
  const Json& object_;
  std::string path_;
  std::set<std::string> known_;
  std::optional<Error> error_;
};

// One element of an array of objects, read by `read` and refused with its path when anything is wrong.
template <typename T>
std::optional<Error> object_element(const Json& value, const std::string& path, T& out,
                                    const std::function<void(Members&, T&)>& read) {
  if (!value.is_object()) return json_wrong_type(path);
  Members m(value, path);
  read(m, out);
  return m.finish();
}

}  // namespace

Json initiative_draft_to_json(const InitiativeDraft& d) {
  Json purposes = Json::array();
  for (const auto& p : d.purposes) purposes.push_back({{"purpose_id", p.purpose_id}, {"weight", p.weight}});
  Json sources = Json::array();
  for (const auto& s : d.data_sources) {
    sources.push_back({{"system", s.system}, {"quality", std::string{to_string(s.quality)}}});
  }
  Json partners = Json::array();
  for (const auto& p : d.partners) {
    partners.push_back({{"name", p.name}, {"kind", std::string{to_string(p.kind)}}, {"role", p.role}});
  }
  Json benefits = Json::array();
  for (const auto& b : d.benefits) {
    benefits.push_back({{"title", b.title},
                        {"unit", b.unit},
                        {"baseline", b.baseline},
                        {"target", b.target},
                        {"measure_on", date_or_null(b.measure_on)},
                        {"measured_by", b.measured_by}});
  }
  Json messages = Json::array();
  for (const auto& m : d.communication) {
    messages.push_back({{"audience", std::string{to_string(m.audience)}},
                        {"who", m.who},
                        {"what", m.what},
                        {"when", date_or_null(m.when)},
                        {"channel", m.channel}});
  }
  return {{"title", d.title},
          {"description", d.description},
          {"owner_id", d.owner_user_id},
          {"questions", d.questions},
          {"purposes", purposes},
          {"value_rating", d.value_rating},
          {"technologies", names(d.technologies)},
          {"maturity", std::string{to_string(d.maturity)}},
          {"data_types", d.data_types},
          {"personal_data", d.personal_data},
          {"special_categories", d.special_categories},
          {"data_sources", sources},
          {"competence_readiness", std::string{to_string(d.competence_readiness)}},
          {"asked_by", d.asked_by},
          {"prefers_human_contact", d.prefers_human_contact},
          {"analogue_alternative", d.analogue_alternative},
          {"analogue_owner_id", d.analogue_owner_user_id ? Json(*d.analogue_owner_user_id) : Json(nullptr)},
          {"partners", partners},
          {"governance", d.governance},
          {"standards", d.standards},
          {"method_freedom", d.method_freedom},
          {"benefits", benefits},
          {"communication", messages},
          {"decision_ids", d.decision_ids},
          {"goal_ids", d.goal_ids},
          {"step_ids", d.step_ids}};
}

Result<InitiativeDraft> initiative_draft_from_json(const Json& object, InitiativeDraft d, bool req) {
  if (!object.is_object()) return json_wrong_type("initiative");
  Members m(object, "");
  m.text("title", d.title, req);
  m.text("description", d.description, req);
  m.integer("owner_id", d.owner_user_id, req);
  if (m.get("questions", req)) {
    d.questions.clear();
    m.array("questions", req, [&](const Json& v, const std::string& path) {
      auto q = json_integer<int>(v, path);
      if (q) {
        d.questions.insert(*q);  // validate() refuses numbers outside 1..10
      } else {
        m.fail(q.error());
      }
    });
  }
  if (m.get("purposes", req)) {
    d.purposes.clear();
    m.array("purposes", req, [&](const Json& v, const std::string& path) {
      PurposeWeight p;
      if (auto e = object_element<PurposeWeight>(v, path, p, [](Members& r, PurposeWeight& x) {
            r.text("purpose_id", x.purpose_id, true);
            r.integer("weight", x.weight, true);
          })) {
        return m.fail(*e);
      }
      d.purposes.push_back(p);
    });
  }
  m.integer("value_rating", d.value_rating, req);
  if (m.get("technologies", req)) {
    d.technologies.clear();
    m.array("technologies", req, [&](const Json& v, const std::string& path) {
      if (!v.is_string()) return m.fail(json_wrong_type(path));
      const auto t = technology_from_string(v.get<std::string>());
      if (!t) return m.fail(unknown_value(path));
      d.technologies.insert(*t);
    });
  }
  m.choice("maturity", d.maturity, req, &maturity_from_string);
  const auto strings = [&](const std::string& name, std::vector<std::string>& out) {
    if (!m.get(name, req)) return;
    out.clear();
    m.array(name, req, [&](const Json& v, const std::string& path) {
      if (!v.is_string()) return m.fail(json_wrong_type(path));
      out.push_back(v.get<std::string>());
    });
  };
  strings("data_types", d.data_types);
  m.boolean("personal_data", d.personal_data, req);
  m.boolean("special_categories", d.special_categories, req);
  if (m.get("data_sources", req)) {
    d.data_sources.clear();
    m.array("data_sources", req, [&](const Json& v, const std::string& path) {
      DataSource s;
      if (auto e = object_element<DataSource>(v, path, s, [](Members& r, DataSource& x) {
            r.text("system", x.system, true);
            r.choice("quality", x.quality, true, &quality_from_string);
          })) {
        return m.fail(*e);
      }
      d.data_sources.push_back(s);
    });
  }
  m.choice("competence_readiness", d.competence_readiness, req, &quality_from_string);
  m.text("asked_by", d.asked_by, req);
  m.text("prefers_human_contact", d.prefers_human_contact, req);
  m.text("analogue_alternative", d.analogue_alternative, req);
  if (const auto* v = m.get("analogue_owner_id", req)) {
    if (v->is_null()) {
      d.analogue_owner_user_id.reset();
    } else {
      std::int64_t id = 0;
      m.integer("analogue_owner_id", id, req);
      d.analogue_owner_user_id = id;
    }
  }
  if (m.get("partners", req)) {
    d.partners.clear();
    m.array("partners", req, [&](const Json& v, const std::string& path) {
      Partner p;
      if (auto e = object_element<Partner>(v, path, p, [](Members& r, Partner& x) {
            r.text("name", x.name, true);
            r.choice("kind", x.kind, true, &partner_kind_from_string);
            r.text("role", x.role, false);
          })) {
        return m.fail(*e);
      }
      d.partners.push_back(p);
    });
  }
  m.text("governance", d.governance, req);
  strings("standards", d.standards);
  m.text("method_freedom", d.method_freedom, req);
  if (m.get("benefits", req)) {
    d.benefits.clear();
    m.array("benefits", req, [&](const Json& v, const std::string& path) {
      Benefit b;
      if (auto e = object_element<Benefit>(v, path, b, [](Members& r, Benefit& x) {
            r.text("title", x.title, true);
            r.text("unit", x.unit, false);
            r.number("baseline", x.baseline, false);
            r.number("target", x.target, false);
            r.date("measure_on", x.measure_on, false);
            r.text("measured_by", x.measured_by, false);
          })) {
        return m.fail(*e);
      }
      d.benefits.push_back(b);
    });
  }
  if (m.get("communication", req)) {
    d.communication.clear();
    m.array("communication", req, [&](const Json& v, const std::string& path) {
      Message msg;
      if (auto e = object_element<Message>(v, path, msg, [](Members& r, Message& x) {
            r.choice("audience", x.audience, true, &audience_from_string);
            r.text("who", x.who, false);
            r.text("what", x.what, true);
            r.date("when", x.when, false);
            r.text("channel", x.channel, false);
          })) {
        return m.fail(*e);
      }
      d.communication.push_back(msg);
    });
  }
  const auto ids = [&](const std::string& name, std::set<std::int64_t>& out) {
    if (!m.get(name, req)) return;
    out.clear();
    m.array(name, req, [&](const Json& v, const std::string& path) {
      auto id = json_integer<std::int64_t>(v, path);
      if (!id) return m.fail(id.error());
      out.insert(*id);
    });
  };
  ids("decision_ids", d.decision_ids);
  ids("goal_ids", d.goal_ids);
  ids("step_ids", d.step_ids);
  if (auto e = m.finish()) return *e;
  return d;
}

Json phase_change_to_json(const PhaseChange& c) {
  return {{"from", std::string{to_string(c.from)}},
          {"to", std::string{to_string(c.to)}},
          {"on", date_or_null(c.on)},
          {"reason", c.reason},
          {"by_user_id", c.by_user_id ? Json(*c.by_user_id) : Json(nullptr)}};
}

Json measurement_to_json(const BenefitMeasurement& m) {
  return {
      {"id", m.id},       {"benefit_index", m.benefit_index},           {"benefit_title", m.benefit_title},
      {"value", m.value}, {"measured_on", date_or_null(m.measured_on)}, {"note", m.note}};
}

}  // namespace forkant
