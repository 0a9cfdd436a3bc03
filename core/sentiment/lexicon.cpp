// The sentiment lexicon: our own list of words, phrases and emoji that carry feeling in
// customer-service posts, with valences on VADER's -4..+4 scale (Hutto & Gilbert 2014 use the
// same scale for their crowd-rated lexicon; these values are ours). Keys are NFKC_Casefold forms;
// multi-word keys are joined by one space and are tried before single words.
#include "sentiment/lexicon.h"

#include <algorithm>
#include <array>

namespace replycheck::sentiment {
namespace {

constexpr LexiconEntry kEntries[] = {
    // Complaint phrasing: the patterns people use when a brand has let them down.
    {"still waiting", -2.2}, {"still not", -1.2}, {"still no", -1.5}, {"still nothing", -2.0},
    {"still haven't", -1.6}, {"still hasn't", -1.6}, {"still don't", -1.4}, {"still didn't", -1.4},
    {"2nd time", -1.2}, {"second time", -1.0}, {"3rd time", -1.8}, {"third time", -1.8},
    {"4th time", -2.2}, {"fourth time", -2.2}, {"5th time", -2.4}, {"fifth time", -2.4},
    {"yet again", -1.6}, {"once again", -1.0}, {"again and again", -2.0}, {"every time", -0.6},
    {"on hold", -1.4}, {"no response", -2.0}, {"no reply", -1.8}, {"no answer", -1.8},
    {"no one", -1.2}, {"nobody", -1.2}, {"no help", -2.2}, {"no way", -1.0},
    {"never received", -2.2}, {"never arrived", -2.2}, {"never got", -1.8},
    {"not working", -2.0}, {"doesn't work", -2.0}, {"does not work", -2.0}, {"didn't work", -1.8},
    {"won't work", -1.8}, {"stopped working", -2.2}, {"not received", -1.8},
    {"not happy", -2.2}, {"not impressed", -2.0}, {"not good", -1.9}, {"not acceptable", -2.4},
    {"not good enough", -2.4}, {"fed up", -2.4}, {"sick of", -2.4}, {"tired of", -2.0},
    {"waste of time", -2.6}, {"waste of money", -2.6}, {"rip off", -2.8}, {"ripped off", -2.8},
    {"let down", -2.0}, {"so much for", -1.4}, {"how hard", -1.6}, {"how long", -1.0},
    {"what a joke", -2.6}, {"a joke", -2.0}, {"customer service", 0.0}, {"thank you", 2.0},
    {"thanks so much", 2.6}, {"thank you so much", 2.8}, {"well done", 2.2}, {"shout out", 1.6},
    {"shoutout", 1.6}, {"big thanks", 2.4}, {"kudos", 2.2}, {"no problem", 1.2},
    {"no worries", 1.2}, {"sorted it", 1.8}, {"sorted out", 1.4}, {"above and beyond", 3.0},
    {"over the moon", 3.0}, {"cut off", -1.2}, {"cut me off", -1.8}, {"hung up", -1.8},
    {"charged twice", -2.4}, {"double charged", -2.4}, {"overcharged", -2.4},
    {"locked out", -2.0}, {"sold out", -0.8}, {"out of stock", -0.8}, {"run around", -2.0},
    {"runaround", -2.0}, {"wtf", -2.6}, {"smh", -1.6}, {"ffs", -2.6}, {"omg", -0.6},
    {"lol", 0.8}, {"lmao", 0.8}, {"ugh", -1.8}, {"argh", -1.8}, {"grr", -1.8},
    {"fml", -2.2}, {"meh", -0.8}, {"yay", 2.2}, {"woohoo", 2.4}, {"thx", 1.6}, {"ty", 1.4},
    // A plea, not a pleasantry: customers write "please help" when something is wrong. Tuned on
    // the Kaggle "Customer Support on Twitter" sample (see core/sentiment/mood_agreement_test.cpp).
    {"please help", -1.4}, {"pls help", -1.4}, {"plz help", -1.4}, {"your help", 1.2},
    {"the help", 1.0}, {"tried everything", -1.8}, {"done all that", -1.4}, {"tried all that", -1.4},
    {"doesn't let me", -1.6}, {"does not let me", -1.6}, {"won't let me", -1.6},
    {"wont let me", -1.6}, {"not let me", -1.6}, {"stop working", -2.0}, {"stops working", -2.0},
    {"common sense", -1.2}, {"paralysed", -2.2}, {"paralyzed", -2.2}, {"cumbersome", -1.6},
    {"slowdown", -1.4}, {"keen", 1.2},
    // Barely positive: polite in a thank-you, pleading in a complaint. Kept in the lexicon so that
    // key-term extraction (core/engine/key_terms.cpp) still skips them as feeling words.
    {"please", 0.2}, {"pls", 0.1}, {"plz", 0.1}, {"help", 0.3},

    // Anger, frustration and blame.
    {"angry", -2.8}, {"furious", -3.4}, {"livid", -3.4}, {"outraged", -3.2}, {"outrageous", -2.8},
    {"fuming", -3.0}, {"mad", -2.2}, {"annoyed", -2.0}, {"annoying", -2.0}, {"irritated", -2.0},
    {"irritating", -2.0}, {"frustrated", -2.4}, {"frustrating", -2.4}, {"frustration", -2.2},
    {"infuriating", -3.0}, {"infuriated", -3.0}, {"aggravating", -2.4}, {"upset", -2.2},
    {"disgusted", -3.0}, {"disgusting", -3.0}, {"disgrace", -3.0}, {"disgraceful", -3.0},
    {"shameful", -2.8}, {"shame", -2.0}, {"appalled", -3.0}, {"appalling", -3.0},
    {"unacceptable", -2.8}, {"ridiculous", -2.4}, {"absurd", -2.2}, {"insane", -1.8},
    {"joke", -1.2}, {"pathetic", -3.0}, {"useless", -2.8}, {"hopeless", -2.6}, {"incompetent", -3.0},
    {"incompetence", -3.0}, {"clueless", -2.4}, {"lazy", -2.2}, {"rude", -2.8}, {"arrogant", -2.6},
    {"unprofessional", -2.6}, {"unhelpful", -2.4}, {"ignored", -2.2}, {"ignoring", -2.2},
    {"ignore", -1.6}, {"lied", -2.8}, {"lie", -2.4}, {"lies", -2.4}, {"lying", -2.8},
    {"liar", -3.0}, {"liars", -3.0}, {"scam", -3.2}, {"scammed", -3.2}, {"scammers", -3.2},
    {"fraud", -3.2}, {"fraudulent", -3.2}, {"steal", -2.8}, {"stole", -2.8}, {"stolen", -2.6},
    {"theft", -2.8}, {"robbery", -2.8}, {"cheat", -2.6}, {"cheated", -2.8}, {"misleading", -2.4},
    {"mislead", -2.4}, {"misled", -2.4}, {"deceived", -2.6}, {"blame", -1.6}, {"fault", -1.6},
    {"complain", -1.6}, {"complaint", -1.6}, {"complaints", -1.6}, {"complaining", -1.6},
    {"hate", -3.0}, {"hated", -3.0}, {"hates", -2.8}, {"loathe", -3.0}, {"sucks", -2.6},
    {"suck", -2.4}, {"sux", -2.6}, {"crap", -2.4}, {"crappy", -2.4}, {"rubbish", -2.4},
    {"garbage", -2.6}, {"trash", -2.4}, {"shit", -2.6}, {"shitty", -2.8}, {"bullshit", -3.0},
    {"damn", -1.6}, {"dammit", -2.0}, {"hell", -1.8}, {"bloody", -1.4}, {"fuck", -3.0},
    {"fucking", -2.6}, {"wtaf", -3.0}, {"worst", -3.1}, {"worse", -2.1}, {"terrible", -3.0},
    {"horrible", -3.0}, {"horrendous", -3.2}, {"awful", -3.0}, {"dreadful", -3.0},
    {"atrocious", -3.2}, {"abysmal", -3.2}, {"shocking", -2.6}, {"poor", -2.0}, {"poorly", -2.0},
    {"bad", -2.4}, {"badly", -2.2}, {"nightmare", -3.0}, {"disaster", -3.0}, {"mess", -2.0},
    {"messed", -2.0}, {"shambles", -2.8}, {"chaos", -2.2}, {"fail", -2.2}, {"failed", -2.2},
    {"fails", -2.2}, {"failing", -2.2}, {"failure", -2.4}, {"epic fail", -3.0},

    // Disappointment, sadness and worry.
    {"disappointed", -2.4}, {"disappointing", -2.4}, {"disappointment", -2.4}, {"sad", -2.0},
    {"unhappy", -2.4}, {"miserable", -2.8}, {"upsetting", -2.2}, {"gutted", -2.6},
    {"heartbroken", -3.0}, {"devastated", -3.2}, {"stressed", -2.0}, {"stressful", -2.2},
    {"stress", -1.8}, {"worried", -1.8}, {"worrying", -1.8}, {"concerned", -1.2}, {"confused", -1.2},
    {"confusing", -1.4}, {"anxious", -2.0}, {"scared", -2.0}, {"afraid", -1.8}, {"desperate", -2.2},
    {"stuck", -1.8}, {"stranded", -2.6}, {"helpless", -2.4}, {"regret", -2.0}, {"sorry", -0.6},
    {"unfortunately", -1.2}, {"unfortunate", -1.4}, {"sadly", -1.4}, {"tired", -1.2},
    {"exhausted", -1.8}, {"embarrassing", -2.2}, {"embarrassed", -2.0}, {"inconvenience", -1.8},
    {"inconvenient", -1.8}, {"hassle", -1.8}, {"struggle", -1.6}, {"struggling", -1.8},
    {"pain", -1.8}, {"painful", -2.2}, {"suffer", -2.2}, {"suffering", -2.4}, {"problem", -1.4},
    {"problems", -1.4}, {"issue", -1.0}, {"issues", -1.0}, {"error", -1.4}, {"errors", -1.4},
    {"bug", -1.2}, {"bugs", -1.2}, {"glitch", -1.4}, {"glitchy", -1.8}, {"crash", -1.8},
    {"crashes", -1.8}, {"crashed", -1.8}, {"crashing", -1.8}, {"freezes", -1.6}, {"frozen", -1.4},
    {"broken", -2.0}, {"broke", -1.6}, {"damaged", -2.0}, {"faulty", -2.2}, {"defective", -2.2},
    {"wrong", -1.8}, {"missing", -1.6}, {"lost", -1.8}, {"late", -1.4}, {"delayed", -1.6},
    {"delay", -1.4}, {"delays", -1.6}, {"cancelled", -1.6}, {"canceled", -1.6},
    {"cancellation", -1.2}, {"overbooked", -2.2}, {"bumped", -1.6}, {"slow", -1.6},
    {"slowest", -2.4}, {"outage", -2.0}, {"down", -0.8}, {"offline", -1.0}, {"dead", -1.6},
    {"unusable", -2.6}, {"unreliable", -2.4}, {"expensive", -1.4}, {"overpriced", -2.2},
    {"refund", -0.6}, {"waiting", -1.0}, {"waited", -1.2}, {"wait", -0.6}, {"ages", -1.2},
    {"forever", -1.0}, {"hours", -0.4}, {"nothing", -0.8}, {"never", -0.6}, {"can't", -0.4},
    {"cannot", -0.4}, {"impossible", -1.8}, {"difficult", -1.4}, {"hard", -0.8}, {"trouble", -1.6},
    {"dirty", -2.0}, {"smelly", -2.0}, {"cold", -0.6}, {"rude staff", -3.0}, {"threat", -2.2},
    {"sue", -2.2}, {"lawyer", -1.4}, {"ombudsman", -1.6}, {"report", -0.4}, {"switching", -1.2},
    {"leaving", -0.8}, {"unsubscribe", -1.0}, {"cancel", -1.0}, {"boycott", -2.6}, {"avoid", -1.4},

    // Approval, gratitude and relief.
    {"thanks", 1.9}, {"thank", 1.6}, {"thankful", 2.4}, {"grateful", 2.6}, {"appreciate", 2.2},
    {"appreciated", 2.2}, {"cheers", 1.8}, {"love", 3.0}, {"loved", 2.9}, {"loving", 2.8},
    {"loves", 2.8}, {"lovely", 2.8}, {"like", 1.4}, {"liked", 1.6}, {"great", 3.1},
    {"greatest", 3.2}, {"good", 1.9}, {"better", 1.8}, {"best", 3.2}, {"nice", 1.8},
    {"awesome", 3.1}, {"amazing", 3.0}, {"amazed", 2.6}, {"fantastic", 3.2}, {"brilliant", 3.0},
    {"excellent", 3.2}, {"outstanding", 3.2}, {"superb", 3.2}, {"perfect", 3.0},
    {"perfectly", 2.6}, {"wonderful", 3.0}, {"incredible", 2.8}, {"impressive", 2.6},
    {"impressed", 2.6}, {"stellar", 3.0}, {"legend", 2.6}, {"legends", 2.6}, {"hero", 2.6},
    {"heroes", 2.6}, {"star", 2.0}, {"happy", 2.7}, {"happier", 2.4}, {"glad", 2.0},
    {"pleased", 2.2}, {"delighted", 3.0}, {"thrilled", 3.0}, {"excited", 2.4}, {"enjoy", 2.2},
    {"enjoyed", 2.3}, {"fun", 2.2}, {"satisfied", 2.0}, {"relieved", 2.0}, {"relief", 2.0},
    {"helpful", 2.2}, {"friendly", 2.2}, {"kind", 2.0}, {"polite", 1.8}, {"patient", 1.4},
    {"professional", 1.6}, {"quick", 1.4}, {"quickly", 1.4}, {"fast", 1.4}, {"speedy", 1.6},
    {"smooth", 1.8}, {"easy", 1.8}, {"seamless", 2.2}, {"reliable", 2.0}, {"recommend", 2.2},
    {"recommended", 2.0}, {"fixed", 1.4}, {"resolved", 1.6}, {"solved", 1.6}, {"sorted", 1.4},
    {"works", 1.0}, {"working", 0.6}, {"success", 2.2}, {"successful", 2.2}, {"win", 2.2},
    {"wow", 2.4}, {"cool", 1.6}, {"sweet", 1.8}, {"yes", 1.2}, {"fine", 0.8}, {"okay", 0.9},
    {"ok", 0.9}, {"well", 0.6}, {"welcome", 2.0}, {"comfortable", 1.8}, {"clean", 1.6},
    {"free", 1.2}, {"bonus", 1.6}, {"hope", 1.4},
    {"hopefully", 1.4}, {"congrats", 2.4}, {"congratulations", 2.6}, {"favourite", 2.2},
    {"favorite", 2.2}, {"loyal", 1.8}, {"trust", 1.6}, {"fair", 1.2}, {"worth", 1.4},
    {"beautiful", 2.8}, {"gorgeous", 2.8}, {"delicious", 2.8}, {"tasty", 2.2}, {"gem", 2.4},
    {"epic", 2.2}, {"joy", 2.8}, {"blessed", 2.4}, {"lucky", 2.2}, {"bless", 1.8},
    {"helped", 1.6}, {"support", 0.6}, {"improved", 1.8}, {"improvement", 1.6},
    {"upgrade", 1.2}, {"upgraded", 1.6}, {"on time", 1.6}, {"early", 1.0}, {"refunded", 1.4},

    // Emoji. Keys are folded, so variation selectors are already gone.
    {"😡", -3.0}, {"🤬", -3.4}, {"😠", -2.6}, {"😤", -2.2}, {"👿", -2.6}, {"💢", -2.2},
    {"😢", -2.2}, {"😭", -2.6}, {"😞", -2.2}, {"😔", -1.8}, {"😟", -1.8}, {"😕", -1.4},
    {"🙁", -1.6}, {"☹", -1.8}, {"😩", -2.4}, {"😫", -2.4}, {"😖", -2.2}, {"😣", -2.0},
    {"😒", -1.6}, {"🙄", -1.6}, {"😑", -1.0}, {"😐", -0.6}, {"🤦", -1.6}, {"🤦♀", -1.6},
    {"🤦♂", -1.6}, {"👎", -2.2}, {"💔", -2.6}, {"😱", -1.8}, {"😨", -1.8}, {"😰", -2.0},
    {"🤢", -2.4}, {"🤮", -2.8}, {"💩", -2.2}, {"😬", -1.0}, {"😓", -1.4}, {"😪", -1.2},
    {"😀", 2.2}, {"😃", 2.2}, {"😄", 2.4}, {"😁", 2.2}, {"😊", 2.4}, {"🙂", 1.4}, {"☺", 2.0},
    {"😍", 3.0}, {"🥰", 3.0}, {"😘", 2.4}, {"🤩", 3.0}, {"😎", 1.8}, {"🥳", 2.8}, {"🎉", 2.6},
    {"🙌", 2.4}, {"👏", 2.2}, {"👍", 2.0}, {"👌", 1.8}, {"💪", 1.8}, {"🙏", 1.4}, {"❤", 3.0},
    {"♥", 2.8}, {"💕", 2.8}, {"💖", 2.8}, {"💙", 2.6}, {"💚", 2.6}, {"💜", 2.6}, {"🧡", 2.6},
    {"💛", 2.6}, {"😂", 0.8}, {"🤣", 0.8}, {"😅", 0.4}, {"😉", 1.4}, {"⭐", 1.8}, {"🌟", 2.2},
    {"✨", 1.4}, {"🥇", 2.4}, {"🏆", 2.4}, {"✅", 1.2}, {"😇", 2.0},
    // Text emoticons as ICU tokenises them would split; the scorer joins punctuation runs first.
    {":)", 2.0}, {":-)", 2.0}, {":d", 2.4}, {":(", -2.0}, {":-(", -2.0}, {":/", -1.2},
    {":'(", -2.4}, {">:(", -2.8}, {"<3", 2.6}, {"</3", -2.6},
};

}  // namespace

std::span<const LexiconEntry> lexicon() { return kEntries; }

}  // namespace replycheck::sentiment
