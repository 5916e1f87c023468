#include "domain/assessment/workload.hpp"

#include <algorithm>

namespace forkant {

Workload workload(const Framework& framework) {
  Workload w;
  for (const Dimension& d : framework.dimensions) {
    w.ratings += static_cast<int>(
        std::count_if(d.items.begin(), d.items.end(), [](const Item& item) { return is_rated(item.kind); }));
  }
  w.allocation = !framework.purposes.empty();
  w.answers = w.ratings + (w.allocation ? 1 : 0);
  w.pages = static_cast<int>(framework.dimensions.size());
  const int seconds = w.ratings * kSecondsPerRating + (w.allocation ? kSecondsForAllocation : 0);
  constexpr int kStep = kMinutesRoundedTo * 60;
  w.minutes = std::max(1, (seconds + kStep - 1) / kStep) * kMinutesRoundedTo;
  return w;
}

}  // namespace forkant
