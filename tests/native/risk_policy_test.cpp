#include <doctest/doctest.h>

#include "test_support.h"

#include "features/feature_version.h"
#include "risk/lexicon.h"
#include "risk/message_assessor.h"
#include "risk/model_manifest.h"
#include "risk/risk_policy.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>

using namespace helpbridge;

using test_support::read_file;
using test_support::take_json;

namespace {

// A manifest like the shipped one, with round numbers.
std::string manifest_json(uint32_t feature_version = kFeatureVersion,
                          const std::string& policy = R"({"lowered_sensitivity_margin":0.2})") {
  std::string thresholds;
  for (const char* c : {"suicidal_ideation", "self_harm", "anxiety_crisis", "violent_thoughts",
                        "substance_abuse_or_withdrawal", "risk_taking_behaviours"}) {
    thresholds += std::string(thresholds.empty() ? "" : ",") + "\"" + c + "\":{\"support\":0.5,\"urgent\":0.6}";
  }
  return R"({"labels":["no_crisis","suicidal_ideation","self_harm","anxiety_crisis","violent_thoughts",
    "substance_abuse_or_withdrawal","risk_taking_behaviours"],
    "outputs":{"logits":{"classes":7,"urgency_index":7}},
    "features":{"version":)" + std::to_string(feature_version) + R"(,"buckets":1024},
    "calibration":{"temperature":1.0},
    "policy":)" + policy + R"(,
    "thresholds":{)" + thresholds + "}}";
}

// Logits for which P(no crisis) = 1 - crisis and P(category) = crisis (all
// other classes ~0), with an urgency logit.
std::vector<float> logits_with(Category category, double crisis, float urgency_logit) {
  std::vector<float> logits(8, -30.0f);
  logits[0] = static_cast<float>(std::log(std::max(1e-9, 1.0 - crisis)));
  logits[static_cast<std::size_t>(category)] = static_cast<float>(std::log(std::max(1e-9, crisis)));
  logits[7] = urgency_logit;
  return logits;
}

// Logits that give P(class) close to 1 for one class.
std::vector<float> logits_for(Category category, float urgency_logit) {
  return logits_with(category == Category::kNoCrisis ? Category::kSuicidalIdeation : category,
                     category == Category::kNoCrisis ? 0.0 : 0.999, urgency_logit);
}

}  // namespace

TEST_CASE("manifest: parsed, checked, and a feature version mismatch is its own error") {
  const ModelManifest manifest = ModelManifest::parse(manifest_json(), kFeatureVersion);
  CHECK(manifest.buckets == 1024);
  CHECK(manifest.output_count == 8);
  CHECK(manifest.thresholds[1].support == doctest::Approx(0.5));
  try {
    ModelManifest::parse(manifest_json(kFeatureVersion + 1), kFeatureVersion);
    FAIL("a mismatch must throw");
  } catch (const ManifestError& e) {
    CHECK(e.kind == ManifestError::Kind::kFeatureVersionMismatch);
    CHECK(std::string(e.what()).find("feature version") != std::string::npos);
  }
  CHECK_THROWS_AS(ModelManifest::parse("{}", kFeatureVersion), ManifestError);
  CHECK_THROWS_AS(ModelManifest::parse("not json", kFeatureVersion), ManifestError);
  std::string bad = manifest_json();
  bad.replace(bad.find("\"support\":0.5"), 13, "\"support\":1.5");
  CHECK_THROWS_AS(ModelManifest::parse(bad, kFeatureVersion), ManifestError);

  CHECK_FALSE(manifest.last_sentence_min_crisis.has_value());  // optional: off when absent
  const auto with_last = [](const std::string& value) {
    return ModelManifest::parse(
        manifest_json(kFeatureVersion, R"({"lowered_sensitivity_margin":0.2,"last_sentence_min_crisis":)" + value + "}"),
        kFeatureVersion);
  };
  CHECK(with_last("0.99").last_sentence_min_crisis == doctest::Approx(0.99));
  CHECK_THROWS_AS(with_last("1.5"), ManifestError);
  CHECK_THROWS_AS(with_last("\"high\""), ManifestError);
}

TEST_CASE("the shipped manifest loads") {
  const std::string shipped = read_file(std::string(HELPBRIDGE_SOURCE_DIR) + "/models/manifest.json");
  REQUIRE_FALSE(shipped.empty());
  const ModelManifest manifest = ModelManifest::parse(shipped, kFeatureVersion);
  CHECK(manifest.buckets > 0);
  CHECK(manifest.last_sentence_min_crisis.has_value());
}

TEST_CASE("policy: thresholds, urgency and categories") {
  const RiskPolicy policy(ModelManifest::parse(manifest_json(), kFeatureVersion));
  const Assessment quiet = policy.assess(logits_for(Category::kNoCrisis, 5.0f), {}, nullptr, false);
  CHECK(quiet.level == Level::kNone);
  CHECK_FALSE(quiet.category.has_value());

  const Assessment support = policy.assess(logits_for(Category::kSelfHarm, -3.0f), {}, nullptr, false);
  CHECK(support.level == Level::kSupport);
  CHECK(support.category == Category::kSelfHarm);
  CHECK(support.source == DecisionSource::kModel);

  const Assessment urgent = policy.assess(logits_for(Category::kSuicidalIdeation, 3.0f), {}, nullptr, false);
  CHECK(urgent.level == Level::kUrgent);
  CHECK(urgent.category == Category::kSuicidalIdeation);
  double sum = 0;
  for (double p : urgent.probabilities) sum += p;
  CHECK(sum == doctest::Approx(1.0));

  CHECK_THROWS(policy.assess(std::vector<float>(3, 0.0f), {}, nullptr, false));
}

TEST_CASE("policy: urgent needs P(crisis) x P(urgent | crisis) to reach the threshold") {
  const RiskPolicy policy(ModelManifest::parse(manifest_json(), kFeatureVersion));
  // Urgency 0.73 (logit 1): urgent when the crisis is clear (0.95 x 0.73 = 0.69),
  // only support when the model barely flags it (0.55 x 0.73 = 0.40).
  CHECK(policy.assess(logits_with(Category::kSuicidalIdeation, 0.95, 1.0f), {}, nullptr, false).level == Level::kUrgent);
  CHECK(policy.assess(logits_with(Category::kSuicidalIdeation, 0.55, 1.0f), {}, nullptr, false).level == Level::kSupport);
}

TEST_CASE("policy: lowered sensitivity raises the support threshold") {
  const RiskPolicy policy(ModelManifest::parse(manifest_json(), kFeatureVersion));
  const auto borderline = logits_with(Category::kSuicidalIdeation, 0.6, -5.0f);  // above 0.5, below 0.5 + 0.2
  CHECK(policy.assess(borderline, {}, nullptr, false).level == Level::kSupport);
  CHECK(policy.assess(borderline, {}, nullptr, true).level == Level::kNone);
}

TEST_CASE("policy: without the model the lexicon decides; with it, only raises a flagged message") {
  const RiskPolicy policy(ModelManifest::parse(manifest_json(), kFeatureVersion));
  const std::vector<LexiconHit> urgent_hit = {{Category::kSuicidalIdeation, Level::kUrgent}};
  const Assessment lexicon_only = policy.assess(std::nullopt, urgent_hit, nullptr, false);
  CHECK(lexicon_only.level == Level::kUrgent);
  CHECK(lexicon_only.source == DecisionSource::kLexicon);
  CHECK(policy.assess(std::nullopt, {}, nullptr, false).level == Level::kNone);

  // The model says no crisis (e.g. fiction): the phrase does not override it.
  CHECK(policy.assess(logits_for(Category::kNoCrisis, 0.0f), urgent_hit, nullptr, false).level == Level::kNone);
  // The model flagged support: the explicit urgent phrase makes it urgent.
  CHECK(policy.assess(logits_for(Category::kSuicidalIdeation, -5.0f), urgent_hit, nullptr, false).level == Level::kUrgent);
}

TEST_CASE("context: signals spread over messages add up, one figurative line does not") {
  const RiskPolicy policy(ModelManifest::parse(manifest_json(), kFeatureVersion));
  const auto leaning = logits_with(Category::kSuicidalIdeation, 0.4, -5.0f);  // below 0.5 on its own
  ConversationContext context;
  CHECK(policy.assess(leaning, {}, &context, false).level == Level::kNone);
  // Two leaning messages: their mean (0.4) stays below the threshold.
  CHECK(policy.assess(leaning, {}, &context, false).level == Level::kNone);

  ConversationContext after_strong;
  CHECK(policy.assess(logits_with(Category::kSuicidalIdeation, 0.9, -5.0f), {}, &after_strong, false).level ==
        Level::kSupport);
  // (0.4 * 1 + 0.9 * 0.5) / 1.5 = 0.57 >= 0.5, and both reach 0.25.
  const Assessment after = policy.assess(leaning, {}, &after_strong, false);
  CHECK(after.level == Level::kSupport);
  CHECK(after.category == Category::kSuicidalIdeation);
  CHECK(after.from_context);

  ConversationContext figurative;
  CHECK(policy.assess(logits_for(Category::kNoCrisis, 0.0f), {}, &figurative, false).level == Level::kNone);
  CHECK(policy.assess(leaning, {}, &figurative, false).level == Level::kNone);  // one leaning line after a calm one
  CHECK_FALSE(policy.assess(leaning, {}, nullptr, false).from_context);
}

TEST_CASE("lexicon: normalised whole-word matching, evasions, unspaced scripts") {
  Lexicon lexicon;
  lexicon.add_language(R"({"lang":"en","entries":[
    {"phrase":"kill myself","category":"suicidal_ideation","level":"urgent"},
    {"phrase":"dont want to live","category":"suicidal_ideation","level":"support"},
    {"phrase":"cut myself","category":"self_harm","level":"support"}]})");
  lexicon.add_language(R"({"lang":"zh","entries":[{"phrase":"不想活了","category":"suicidal_ideation","level":"support"}]})");
  CHECK(lexicon.size() == 4);
  CHECK(lexicon.match("I want to KILL MYSELF").size() == 1);
  CHECK(lexicon.match("i'm going to k i l l myself").size() == 1);
  CHECK(lexicon.match("k1ll mys3lf").size() == 1);
  CHECK(lexicon.match("I don't want to live like this").size() == 1);
  CHECK(lexicon.match("I don\xE2\x80\x99t want to live").size() == 1);
  CHECK(lexicon.match("skill myselfie").empty());  // whole words only
  CHECK(lexicon.match("我真的不想活了").size() == 1);
  CHECK(lexicon.match("this homework is killing me").empty());
  CHECK_THROWS_AS(lexicon.add_language("[]"), std::invalid_argument);
  CHECK_THROWS_AS(lexicon.add_language(R"({"entries":[{"phrase":"x","category":"nope","level":"urgent"}]})"),
                  std::invalid_argument);
  CHECK(lexicon.size() == 4);
}

TEST_CASE("lexicon: wrong types and hostile entries are rejected whole, with a clear error") {
  Lexicon lexicon;
  lexicon.add_language(R"({"lang":"en","entries":[{"phrase":"end my life","category":"suicidal_ideation","level":"urgent"}]})");
  const auto rejected = [&](const std::string& json, const std::string& expected_in_message) {
    CAPTURE(json.substr(0, 200));
    try {
      lexicon.add_language(json);
      FAIL("accepted a lexicon that breaks a rule");
    } catch (const std::invalid_argument& e) {
      CAPTURE(e.what());
      CHECK(std::string(e.what()).find(expected_in_message) != std::string::npos);
    }
  };
  const auto entry = [](const std::string& phrase, const std::string& category, const std::string& level) {
    return R"({"lang":"en","entries":[{"phrase":"kill myself","category":"suicidal_ideation","level":"urgent"},{"phrase":)" +
           phrase + R"(,"category":)" + category + R"(,"level":)" + level + "}]}";
  };
  rejected("not json", "expected {\"lang\", \"entries\"");
  rejected(R"("entries")", "expected {\"lang\", \"entries\"");
  rejected(R"({"lang":"en"})", "expected {\"lang\", \"entries\"");
  rejected(R"({"lang":"en","entries":{"phrase":"x"}})", "expected {\"lang\", \"entries\"");
  rejected(R"({"lang":"en","entries":["kill myself"]})", "string phrase, category and level");
  rejected(R"({"lang":"en","entries":[null]})", "string phrase, category and level");
  rejected(entry("42", R"("suicidal_ideation")", R"("urgent")"), "string phrase, category and level");
  rejected(entry(R"(["x"])", R"("suicidal_ideation")", R"("urgent")"), "string phrase, category and level");
  rejected(entry(R"("x")", "null", R"("urgent")"), "string phrase, category and level");
  rejected(entry(R"("x")", R"("suicidal_ideation")", "2"), "string phrase, category and level");
  rejected(entry(R"("x")", R"("no_crisis")", R"("urgent")"), "unknown category or level");
  rejected(entry(R"("x")", R"("suicidal_ideation")", R"("none")"), "unknown category or level");
  rejected(entry(R"("x")", R"("suicidal_ideation")", R"("URGENT")"), "unknown category or level");
  rejected(entry("\"" + std::string(201, 'p') + "\"", R"("self_harm")", R"("support")"), "phrase too long");
  std::string many = R"({"lang":"en","entries":[)";
  for (int i = 0; i < 2001; ++i) many += std::string(i ? "," : "") + R"({"phrase":"p","category":"self_harm","level":"support"})";
  rejected(many + "]}", "too many entries");
  // Nothing of a rejected file was kept, not even its valid first entry.
  CHECK(lexicon.size() == 1);
  CHECK(lexicon.match("I will kill myself").empty());
  CHECK(lexicon.match("I want to end my life").size() == 1);
}

TEST_CASE("every shipped lexicon loads and matches its own phrases") {
  for (const char* lang : {"en", "es", "pt", "fr", "de", "it", "nl", "pl", "ru", "uk", "tr", "ar", "he", "hi", "ja",
                           "zh", "ko", "id", "sv", "da", "vi", "th"}) {
    CAPTURE(lang);
    const std::string json = read_file(std::string(HELPBRIDGE_SOURCE_DIR) + "/locales/lexicon/" + lang + ".json");
    REQUIRE_FALSE(json.empty());
    Lexicon lexicon;
    lexicon.add_language(json);
    CHECK(lexicon.size() >= 20);
  }
}

TEST_CASE("assessor: prepare then assess; empty text is quiet") {
  Lexicon lexicon;
  lexicon.add_language(R"({"lang":"en","entries":[{"phrase":"end my life","category":"suicidal_ideation","level":"urgent"}]})");
  MessageAssessor assessor(ModelManifest::parse(manifest_json(), kFeatureVersion), lexicon);
  CHECK_FALSE(assessor.prepare("I want to end my life").empty());
  CHECK(assessor.last_sentence_ids(logits_for(Category::kNoCrisis, 0.0f)).empty());  // one sentence
  const Assessment by_lexicon = assessor.assess(std::nullopt, std::nullopt, true);
  CHECK(by_lexicon.level == Level::kUrgent);
  CHECK(assessor.prepare("   ").empty());
  CHECK(assessor.assess(logits_for(Category::kSuicidalIdeation, 5.0f), std::nullopt, true).level == Level::kNone);
}

TEST_CASE("policy: a quiet long message is decided by its last sentence when the model is sure, or an explicit phrase agrees") {
  const RiskPolicy policy(
      ModelManifest::parse(manifest_json(kFeatureVersion, R"({"lowered_sensitivity_margin":0.2,"last_sentence_min_crisis":0.99})"),
                           kFeatureVersion));
  const auto quiet = logits_for(Category::kNoCrisis, 0.0f);
  const std::vector<LexiconHit> explicit_phrase = {{Category::kSuicidalIdeation, Level::kUrgent}};
  const auto assess_with_last = [&](const std::vector<float>& logits, bool lowered = false,
                                    const std::vector<LexiconHit>& last_hits = {}) {
    const LastSentenceReading last{logits, last_hits};
    return policy.assess(quiet, last_hits, nullptr, lowered, &last);
  };

  const Assessment urgent = assess_with_last(logits_with(Category::kSelfHarm, 0.995, 5.0f));
  CHECK(urgent.level == Level::kUrgent);
  CHECK(urgent.category == Category::kSelfHarm);
  CHECK(urgent.from_last_sentence);
  CHECK(urgent.probabilities[static_cast<std::size_t>(Category::kSelfHarm)] == doctest::Approx(0.995).epsilon(0.001));
  // Sure of the crisis, not of the urgency: support, made urgent by an explicit urgent phrase.
  CHECK(assess_with_last(logits_with(Category::kSelfHarm, 0.995, -5.0f)).level == Level::kSupport);
  CHECK(assess_with_last(logits_with(Category::kSelfHarm, 0.995, -5.0f), false, explicit_phrase).level == Level::kUrgent);

  // Flagged but not sure: only with an explicit phrase in the sentence.
  const Assessment below = assess_with_last(logits_with(Category::kSuicidalIdeation, 0.8, -5.0f));
  CHECK(below.level == Level::kNone);
  CHECK_FALSE(below.from_last_sentence);
  const Assessment agreed = assess_with_last(logits_with(Category::kSuicidalIdeation, 0.8, -5.0f), false, explicit_phrase);
  CHECK(agreed.level == Level::kUrgent);
  CHECK(agreed.from_last_sentence);
  // The model does not flag the sentence: the phrase alone does not decide (fiction, quotes).
  CHECK(assess_with_last(logits_with(Category::kSuicidalIdeation, 0.3, -5.0f), false, explicit_phrase).level ==
        Level::kNone);
  // About someone else: the raised bar.
  CHECK(assess_with_last(logits_with(Category::kSelfHarm, 0.995, 5.0f), true).level == Level::kNone);
  // A message flagged as a whole keeps its own decision.
  const LastSentenceReading sure{logits_with(Category::kSelfHarm, 0.995, 5.0f), {}};
  const Assessment flagged = policy.assess(logits_with(Category::kAnxietyCrisis, 0.6, -5.0f), {}, nullptr, false, &sure);
  CHECK(flagged.category == Category::kAnxietyCrisis);
  CHECK_FALSE(flagged.from_last_sentence);
  CHECK_THROWS(assess_with_last(std::vector<float>(3, 0.0f)));

  // A manifest without the setting does not read the last sentence apart.
  const RiskPolicy without(ModelManifest::parse(manifest_json(), kFeatureVersion));
  CHECK(without.assess(quiet, {}, nullptr, false, &sure).level == Level::kNone);
}

TEST_CASE("assessor: the last sentence's features, and its logits only count for a long message") {
  MessageAssessor assessor(
      ModelManifest::parse(manifest_json(kFeatureVersion, R"({"lowered_sensitivity_margin":0.2,"last_sentence_min_crisis":0.99})"),
                           kFeatureVersion),
      Lexicon{});
  const auto quiet = logits_for(Category::kNoCrisis, 0.0f);
  const auto urgent = logits_with(Category::kSuicidalIdeation, 0.999, 5.0f);

  const std::string long_message = "long day at work. made pasta. i am going to end it tonight";
  const std::vector<uint32_t> whole = assessor.prepare(long_message);
  CHECK_FALSE(assessor.last_sentence_ids(quiet).empty());
  CHECK(assessor.last_sentence_ids(quiet).size() < whole.size());
  CHECK_THROWS_AS(assessor.last_sentence_ids(std::vector<float>(3, 0.0f)), std::invalid_argument);
  const Assessment raised = assessor.assess(quiet, urgent, true);
  CHECK(raised.level == Level::kUrgent);
  CHECK(raised.from_last_sentence);

  // Flagged as a whole: the end cannot change that, so the model need not read it.
  const auto flagged = logits_with(Category::kSuicidalIdeation, 0.6, -5.0f);
  assessor.prepare(long_message);
  CHECK(assessor.last_sentence_ids(flagged).empty());
  CHECK(assessor.assess(flagged, std::nullopt, false).level == Level::kSupport);
  // Unless the person said it is about someone else and the raised bar leaves it quiet.
  assessor.set_sensitivity_lowered(true);
  assessor.prepare(long_message);
  CHECK_FALSE(assessor.last_sentence_ids(flagged).empty());
  assessor.assess(flagged, std::nullopt, false);
  assessor.set_sensitivity_lowered(false);

  // One sentence: logits for a last sentence it does not have are ignored.
  assessor.prepare("made pasta today");
  CHECK_THROWS_AS(assessor.last_sentence_ids(std::vector<float>(3, 0.0f)), std::invalid_argument);
  CHECK(assessor.last_sentence_ids(quiet).empty());
  CHECK(assessor.assess(quiet, urgent, true).level == Level::kNone);
}
