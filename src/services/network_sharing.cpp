#include "services/network_sharing.hpp"

#include "services/decisions.hpp"
#include "services/initiatives.hpp"
#include "services/organisations.hpp"
#include "services/secrets.hpp"

namespace forkant {
namespace {

// "deselection: Digitaliseringsnetværk Midtjylland: Vi fravalgte chatbotten": what the audit log's
// sentence names (domain/audit/audit_sentence.cpp reads it back).
std::string audit_detail(const Share& share, const std::string& network) {
  return std::string(to_string(share.source)) + ": " + network + ": " + share.title;
}

}  // namespace

Result<Share> NetworkSharingService::share(std::int64_t org_id, std::int64_t actor, std::int64_t source_id,
                                           const ShareRequest& request,
                                           const std::function<Result<Source>()>& find) {
  std::optional<Error> error;
  Share share;
  tx_.transaction([&] {
    error.reset();
    share = {};
    auto source = find();
    if (!source) {
      error = source.error();
      return;
    }
    // The text is checked once the source's kind is known: a deselection's reasons are its text.
    if (auto s = validate_share_text(request.text, source->kind); !s) {
      error = s.error();
      return;
    }
    const auto network = store_.member_network_name(request.network_id, org_id);
    const auto org = orgs_.find_org(org_id);
    if (!network || !org) {
      error = Error::not_found();
      return;
    }
    // A decision edited from decided to deselected is still the same source.
    const auto current_shares = source->kind == ShareSource::lesson || source->kind == ShareSource::initiative
                                    ? store_.current_shares(org_id, source->kind, source_id)
                                    : shares_of_decision(org_id, source_id);
    for (const auto& current : current_shares) {
      if (current.network_id == request.network_id) {
        error = Error::conflict("already_shared", "error.already_shared", {{"network", *network}});
        return;
      }
    }
    share = make_share(request.text, source->kind, source_id, *org);
    share.public_id = random_uuid();
    share.network_id = request.network_id;
    share.questions = source->questions;
    share.verdict = source->verdict;
    share.shared_at = clock_.now();
    share.shared_by = actor;
    share.id = store_.insert_share(share);
    audit_.append_audit({org_id, actor, "network.shared", source->object, audit_detail(share, *network)},
                        clock_.now());
  });
  if (error) return *error;
  return share;
}

Result<Share> NetworkSharingService::share_decision(std::int64_t org_id, std::int64_t actor,
                                                    std::int64_t decision_id, const ShareRequest& request) {
  return share(org_id, actor, decision_id, request, [&]() -> Result<Source> {
    // What is shared is the decision as stored when the write starts, not as the page showed it.
    const auto decision = decisions_.find_decision(decision_id);
    if (!decision || decision->org_id != org_id) return Error::not_found();
    auto kind = share_source_of(*decision);
    if (!kind) return kind.error();
    return Source{*kind, decision->content.questions, std::nullopt,
                  "decision:" + std::to_string(decision_id)};
  });
}

Result<Share> NetworkSharingService::share_lesson(std::int64_t org_id, std::int64_t actor,
                                                  std::int64_t step_id, const ShareRequest& request) {
  return share(org_id, actor, step_id, request, [&]() -> Result<Source> {
    const auto row = decisions_.find_step(step_id);
    if (!row || row->org_id != org_id) return Error::not_found();
    if (auto s = check_lesson_shareable(row->step); !s) return s.error();
    const auto goal = decisions_.find_goal(row->step.goal_id);
    if (!goal || goal->org_id != org_id) return Error::not_found();
    // The lesson concerns the goal's questions; its verdict says whether the step was worth continuing.
    return Source{ShareSource::lesson, goal->questions, row->step.evaluation->verdict,
                  "step:" + std::to_string(step_id)};
  });
}

Result<Share> NetworkSharingService::share_initiative(std::int64_t org_id, std::int64_t actor,
                                                      std::int64_t initiative_id,
                                                      const ShareRequest& request) {
  return share(org_id, actor, initiative_id, request, [&]() -> Result<Source> {
    const auto initiative = initiatives_.find_initiative(initiative_id);
    if (!initiative || initiative->org_id != org_id) return Error::not_found();
    return Source{ShareSource::initiative, initiative->content.questions, std::nullopt,
                  "initiative:" + std::to_string(initiative_id)};
  });
}

Status NetworkSharingService::unshare(std::int64_t org_id, std::int64_t actor, std::int64_t share_id) {
  std::optional<Error> error;
  tx_.transaction([&] {
    error.reset();
    const auto share = store_.find_share(org_id, share_id);
    if (!share) {
      error = Error::not_found();
      return;
    }
    if (store_.withdraw_share(org_id, share_id, actor, clock_.now()) == 0) {
      error = Error::conflict("not_shared", "error.not_shared");
      return;
    }
    // The network is named as it is now, also when the organisation has left it.
    const auto network = store_.network_name(share->network_id);
    const std::string object =
        std::string(share->source == ShareSource::deselection ? "decision"
                    : share->source == ShareSource::lesson    ? "step"
                                                              : to_string(share->source)) +
        ":" + std::to_string(share->source_id);
    audit_.append_audit({org_id, actor, "network.share_withdrawn", object,
                         audit_detail(*share, network.value_or("#" + std::to_string(share->network_id)))},
                        clock_.now());
  });
  if (error) return *error;
  return ok_status();
}

std::vector<Share> NetworkSharingService::shares_of_decision(std::int64_t org_id, std::int64_t decision_id) {
  auto out = store_.current_shares(org_id, ShareSource::decision, decision_id);
  for (auto& s : store_.current_shares(org_id, ShareSource::deselection, decision_id))
    out.push_back(std::move(s));
  return out;
}

}  // namespace forkant
