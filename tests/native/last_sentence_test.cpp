#include <doctest/doctest.h>

#include "text/last_sentence.h"

#include <string>

using helpbridge::last_sentence;

TEST_CASE("last sentence: the end of a message with more than one") {
  CHECK(last_sentence("long day at work. made pasta for dinner. i am going to end it tonight") ==
        "i am going to end it tonight");
  CHECK(last_sentence("ok so the order never came!! i'm done with everything, bye forever") ==
        "i'm done with everything, bye forever");
  CHECK(last_sentence("first line\nand the second line is here") == "and the second line is here");
  CHECK(last_sentence("お疲れさま。今日は雨だった。今夜死ぬつもりです") == "今夜死ぬつもりです");
  CHECK(last_sentence("هل وصل طلبي؟ لم أعد أريد أن أعيش في هذا العالم") == "لم أعد أريد أن أعيش في هذا العالم");
  CHECK(last_sentence("मैं ठीक हूँ। अब मैं और जीना नहीं चाहता, सब खत्म करना है") == "अब मैं और जीना नहीं चाहता, सब खत्म करना है");
}

TEST_CASE("last sentence: one sentence, or nothing before it, gives nothing to read apart") {
  CHECK(last_sentence("") == "");
  CHECK(last_sentence("i want to end my life") == "");
  CHECK(last_sentence("i want to end my life.") == "");
  CHECK(last_sentence("   \n\n  i want to end my life  ") == "");
  CHECK(last_sentence("...!!! i want to end my life") == "");
  // Decimals and abbreviations inside a word do not end a sentence.
  CHECK(last_sentence("version 3.5 broke the build again") == "");
}

TEST_CASE("last sentence: a short end takes the sentence before it along") {
  CHECK(last_sentence("the bus was late. i can't do this anymore. bye.") == "i can't do this anymore. bye.");
  CHECK(last_sentence("the bus was late. i really can't do this anymore 😢") == "i really can't do this anymore 😢");
  CHECK(last_sentence("the bus was late. i really can't do this anymore. 😢") == "i really can't do this anymore. 😢");
  CHECK(last_sentence("i can't. bye.") == "");  // everything together is still short
  // A few words say too little on their own.
  CHECK(last_sentence("he wants to marry me, and i said yes. Genuinely.") == "");
  CHECK(last_sentence("the team hired me over three internal people. for whatever that's worth. Your thoughts?") ==
        "for whatever that's worth. Your thoughts?");
  // A Han, Kana or Hangul character says about as much as a word.
  CHECK(last_sentence("今日は雨。死にたい") == "");
  CHECK(last_sentence("오늘 회사 갔다. 오늘 밤에 죽을 거야") == "오늘 밤에 죽을 거야");
}

TEST_CASE("last sentence: a long run-on keeps its end, cut at a space") {
  std::string run_on;
  for (int i = 0; i < 40; ++i) run_on += "word" + std::to_string(i) + " ";
  const std::string text = "hello there. " + run_on + "and now i mean it";
  const std::string_view last = last_sentence(text);
  REQUIRE_FALSE(last.empty());
  CHECK(last.size() < run_on.size());
  CHECK(last.substr(last.size() - 17) == "and now i mean it");
  CHECK(last.front() != ' ');
  std::size_t letters = 0;
  for (char c : last) letters += (c != ' ');
  CHECK(letters <= helpbridge::kLastSentenceMaxLength);
}

TEST_CASE("last sentence: hostile input") {
  CHECK(last_sentence(std::string("calm words here. \xff\xfe broken \xc3 bytes here at the end")) ==
        "\xff\xfe broken \xc3 bytes here at the end");
  CHECK(last_sentence(std::string(100000, '.')) == "");
  const std::string huge = std::string(100000, 'a') + ". the end of a huge message";
  CHECK(last_sentence(huge) == "the end of a huge message");
  CHECK(last_sentence(std::string("a\0b. and then a NUL in the middle", 33)) == "and then a NUL in the middle");
}
