#include "stopwords.h"

namespace lessenbank {

const Xapian::Stopper& dutch_stopper() {
  static const Xapian::SimpleStopper* stopper = [] {
    static const char* const words[] = {
        "aan", "al", "alle", "als", "bij", "dan", "dat", "de", "der", "deze", "die", "dit",
        "doch", "doen", "door", "dus", "een", "en", "er", "ge", "had", "heb", "hebben",
        "heeft", "hem", "het", "hij", "hoe", "hun", "ik", "in", "is", "je", "jij", "jou",
        "jouw", "kan", "kun", "kunnen", "maar", "me", "men", "met", "mij", "mijn", "moet",
        "na", "naar", "niet", "nog", "nu", "of", "om", "omdat", "ons", "onze", "ook", "op",
        "over", "te", "ten", "ter", "tot", "u", "uit", "uw", "van", "veel", "voor", "want",
        "waren", "was", "wat", "we", "welk", "welke", "wie", "wij", "wil", "wordt", "worden",
        "zal", "ze", "zei", "zelf", "zich", "zij", "zijn", "zo", "zonder", "zou"};
    auto* s = new Xapian::SimpleStopper;  // lives as long as the process
    for (const char* w : words) s->add(w);
    return s;
  }();
  return *stopper;
}

}  // namespace lessenbank
