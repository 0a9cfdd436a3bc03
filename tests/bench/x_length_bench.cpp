// Weighted X length of a reply-sized mixed text (accents, emoji, CJK, a URL), the call the UI
// makes on every keystroke. Compare with tests/differential/bench_twitter_text.mjs, which times
// twitter-text's parseTweet on the same text under node.
#include <cstdio>
#include <string>

#include "channel/channels.h"
#include "channel/x_length.h"
#include "harness.h"

namespace {

// Keep in sync with bench_twitter_text.mjs.
std::string mixed_reply() {
    return "Hi @maría_g! 😊 So sorry about the delay with order #48213 — the café déjà-vu blend is back "
           "in stock 🎉 and ships Monday. Track it at https://shop.example.com/orders/48213?ref=support "
           "or reply here. 谢谢! We've added a 10% crème brûlée voucher 👍🏽 for the wait. Naïve us, "
           "still want the 🇫🇷 edition? Ça va?";
}

}  // namespace

int main() {
    const std::string text = mixed_reply();
    const replycheck::XLength once = replycheck::x_weighted_length(text);
    std::printf("text: %zu bytes, weighted length %u (valid %d)\n", text.size(), once.weighted, once.valid ? 1 : 0);

    replycheck::bench::run("x_weighted_length (mixed reply)", [&] {
        replycheck::bench::keep(replycheck::x_weighted_length(text));
    });
    const std::string ascii(280, 'a');
    replycheck::bench::run("x_weighted_length (280 ASCII, no URL)", [&] {
        replycheck::bench::keep(replycheck::x_weighted_length(ascii));
    });
    const replycheck::ChannelSpec& facebook = *replycheck::default_channel("facebook");
    replycheck::bench::run("measure_length utf16 (mixed reply)", [&] {
        replycheck::bench::keep(replycheck::measure_length(text, facebook));
    });
    return 0;
}
