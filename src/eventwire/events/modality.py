"""Negation, hypotheticals, intent and reported speech around a trigger.

Walks up from the trigger through the clauses that govern it ("ready to send", "willing to discuss",
"threatened to invade", "said that ...") and reads the cues listed in ``data/modality.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.events.arguments import misjoined, predicated_by_be, reported_clause
from eventwire.events.codebook import load_yaml
from eventwire.nlp.syntax import has_infinitive_to, hyphen_glued_prefix
from eventwire.quotation_marks import quoted_mask

#: Links from a trigger to the word that governs its meaning (complement, purpose, prepositional object).
GOVERNING_DEPS = {"xcomp", "acomp", "ccomp", "pobj", "prep", "dobj", "acl", "advcl", "pcomp", "attr", "conj"}
MAX_DEPTH = 5


@dataclass
class Modality:
    negated: bool = False
    hypothetical: bool = False
    intent: bool = False  # an intention to do something cooperative
    threat: bool = False  # a threat to do something hostile
    mobilize: bool = False  # getting ready to use force
    demand: bool = False  # someone says another actor must do it
    appeal: bool = False  # someone wants another actor to do it ("X wants Y to release them")
    opinion: bool = False  # only an opinion that it should happen, or only a possibility ("the right to strike")
    gift_purpose: bool = False  # what a gift is for ("gave rifles to help X"): done by the giving itself
    mere_purpose: bool = False  # why another act was done ("raised money to support research"): no intent stated
    speaker: Token | None = None  # the subject of the verb of saying whose content holds the trigger
    announced: bool = False  # said to be what will or may happen ("said it would impose sanctions")
    denied: bool = False  # what a denial or a rejected accusation says happened ("denied that it bombed X")
    proposal: bool = False  # what a named speaker says "we" should do: the speaker's side's intent, not done
    # a course proposed: "verb" called for ("called to ban X"), "noun" named in a proposal ("his proposal to ban X")
    proposed_course: str = ""
    withheld: bool = False  # what someone refuses to say or discuss ("declined to discuss the case"): no event
    attempted_only: bool = False  # hypothetical only because it was tried ("attempted to blow up the bridge")
    # imagined in an unreal case: its "condition" ("if he had attacked ...") or its "consequence" ("we would ...")
    counterfactual: str = ""


def cues() -> dict:
    return load_yaml("modality.yaml")


def governors(token: Token) -> list[Token]:
    """The chain of words above ``token`` in its clause and the clauses that embed it."""
    chain, current = [], token
    for _ in range(MAX_DEPTH):
        if current.dep_ not in GOVERNING_DEPS and not second_subject(current) or current.head == current:
            break
        current = current.head
        chain.append(current)
    return chain


def second_subject(noun: Token) -> bool:
    """"A convoy ... crossed into Syria, aid officials said": a second subject of one verb is the misparsed subject
    of the content clause, whose verb the parser hung on it."""
    return noun.dep_ == "nsubj" and sum(c.dep_ in {"nsubj", "nsubjpass"} for c in noun.head.children) > 1


def _is_purpose(token: Token) -> bool:
    """An infinitive clause of purpose: "arrived ... to establish relations"."""
    if any(c.dep_ == "dobj" and c.lemma_.lower() in cues()["action_objects"] for c in token.head.children):
        return False  # "took steps to ease restrictions" reports the easing as begun
    if any(c.dep_ in {"attr", "dobj"} and _ranked(c) for c in token.head.children):
        return False  # "became the first state to apologize" reports the apology
    return token.dep_ == "advcl" and has_infinitive_to(token) \
        and token.head.lemma_.lower() not in cues()["hypothetical_heads"] and not _went_to_a_forum(token.head)


def _went_to_a_forum(verb: Token) -> bool:
    """"took to social media to complain": what someone took to a forum to do is done there (`forum_heads`)."""
    return verb.lemma_.lower() in cues()["forum_heads"] and not any(c.dep_ == "dobj" for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)


def _ranked(noun: Token) -> bool:
    """"the first state", "the only member": a noun ranked among those who did something."""
    return any(c.dep_ == "amod" and c.lower_ in cues()["ranking_words"] for c in noun.children)


def _negated(token: Token) -> bool:
    negators = set(cues()["negators"])
    if _negating_prefix(token) or any(
            c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") or _is_nobody(c) or _fronted_nor(c, token)
            or _negated_adverb(c) for c in token.children):
        return True
    head = token.head
    return token.dep_ in {"dobj", "pobj", "xcomp"} and any(c.dep_ == "neg" and c.lower_ in negators
                                                            or _fronted_nor(c, head) for c in head.children) \
        or token.dep_ == "pcomp" and head.lower_ in negators and not any(c.dep_ == "neg" for c in head.head.children) \
        or _shares_negation(token)


def _negated_adverb(child: Token) -> bool:
    """"no longer supports": an adverb carrying the negation of its verb (`negated_adverbs`)."""
    return child.dep_ == "advmod" and child.lower_ in cues()["negated_adverbs"] \
        and any(c.dep_ == "neg" for c in child.children)


def _avoided(verb: Token, previous: Token) -> bool:
    """"avoided criticizing X", "refrained from attacking X": an act kept from (`avoidance_heads`: the verb and the
    preposition that takes the act, or none for its object or complement)."""
    taker = cues()["avoidance_heads"].get(verb.lemma_.lower())
    if taker is None:
        return False
    return previous.dep_ == "prep" and previous.lower_ == taker if taker else previous.dep_ in {"xcomp", "dobj"}


def _negating_prefix(token: Token) -> bool:
    """"non-endorsement": a prefix the tokenizer split off with its hyphen (`negating_prefixes`)."""
    prefix = hyphen_glued_prefix(token)
    return prefix is not None and prefix.lower_ in cues()["negating_prefixes"]


def _set_aside(trigger: Token) -> bool:
    """"instead of making a visit", "chose to talk rather than attack them": the act another was chosen over is
    not done (`alternative_markers`: the adverb and the word it opens)."""
    markers = cues()["alternative_markers"]
    acts = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]
    for act in acts:
        opener = act.head if act.dep_ == "pcomp" else next(
            (c for c in act.head.children if c.dep_ == "cc" and c.i < act.i), None) if act.dep_ == "conj" else None
        if opener is not None and any(c.dep_ == "advmod" and markers.get(c.lower_) == opener.lower_
                                      for c in opener.children):
            return True
    return False


def _shares_negation(verb: Token) -> bool:
    """"did not attack or threaten X", "neither attacked nor threatened X": a verb conjoined to a negated one,
    with no subject, auxiliary or negation of its own, is under the same negation when it is a bare form sharing
    the "did not" or comes after "nor"; "did not shell the town and arrested five" reports an arrest."""
    if verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "neg"} for c in verb.children):
        return False
    head = verb.head
    after_nor = any(c.dep_ == "cc" and c.lower_ in cues()["negative_conjunctions"] for c in head.children)
    bare = verb.tag_ == "VB" and head.tag_ == "VB"
    return (after_nor or bare) and _negated(head)


def _fronted_nor(child: Token, verb: Token) -> bool:
    """"Nor does X plan to ...": a "nor" or "neither" opening the clause before its verb negates it
    (`negative_conjunctions`); one after the verb joins a second verb ("did not attack nor threaten")."""
    return child.dep_ in {"cc", "preconj"} and child.i < verb.i and child.lower_ in cues()["negative_conjunctions"]


def _negated_intent(word: Token, previous: Token) -> bool:
    """"has no plans to attack", "does not have any intention of invading": a noun of plan or intent that is
    negated, or is the object of a negated verb, negates what it would have done."""
    return word.pos_ == "NOUN" and previous.dep_ in {"acl", "prep"} and word.lemma_.lower() in cues()["intent_heads"] \
        and _negated(word)


def _is_nobody(child: Token) -> bool:
    """A subject or object that names no one and nothing: "none of his rivals", "no country", "nobody", "neither X
    nor Y"; "offers no protections", "sent no troops"."""
    no_determiner = any(d.dep_ in {"det", "preconj"} and d.lower_ in cues()["negative_determiners"]
                        for d in child.children)
    names_none = child.lower_ in cues()["negative_subjects"] or no_determiner
    return child.dep_ in {"nsubj", "nsubjpass", "dobj"} and names_none


def _gives_reason(clause: Token) -> bool:
    """"He could not answer because Republicans had asked only hours earlier": a clause giving the reason for
    another states a fact, whatever the mood of the clause it explains (`reason_marks`)."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in cues()["reason_marks"]
                                          for c in clause.children)


def _modal(token: Token) -> str | None:
    modals = set(cues()["modal_auxiliaries"])
    return next((c.lower_ for c in token.children if c.dep_ == "aux" and c.lower_ in modals and not _name_as_modal(c)),
                None)


def _name_as_modal(auxiliary: Token) -> bool:
    """"columnist George Will criticized X", "Will urged Republicans to ...": a capitalised modal that opens no
    question, in a sentence written in lower case (not a headline, "Kenya Will Attack"), is a name the tagger took
    for the auxiliary."""
    sentence = auxiliary.sent
    lower_case = any(t.pos_ in {"VERB", "NOUN", "ADJ"} and t.text[:1].islower() for t in sentence)
    return auxiliary.text[:1].isupper() and not auxiliary.is_upper and lower_case \
        and not sentence.text.rstrip().rstrip("\"'”’").endswith("?")


def _periphrastic_future(verb: Token, complement: Token) -> str | None:
    """"Kenya is going to send troops": "be going to" with an infinitive is the future "will" (`future_periphrases`);
    "troops went to attack the camp" is a purpose, read elsewhere."""
    periphrastic = verb.lemma_.lower() in cues()["future_periphrases"] and verb.tag_ == "VBG" \
        and complement.dep_ == "xcomp" and has_infinitive_to(complement) \
        and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children)
    return "will" if periphrastic else None


def _periphrastic_obligation(verb: Token, complement: Token) -> str | None:
    """"Y has to resign", "Y needs to apologize", "Y has got to clean this up": "have to", "need to" and "have got
    to" in the present with an infinitive are "must" (`obligation_heads`); "police had to use tear gas" did it."""
    if complement.dep_ != "xcomp" or not has_infinitive_to(complement):
        return None
    lemma = verb.lemma_.lower()
    have_got = lemma == "get" and verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ != "VBD" for c in verb.children)
    present = lemma in cues()["obligation_heads"] and verb.tag_ in {"VB", "VBP", "VBZ"}
    return "must" if have_got or present else None


def _negatable_complement(clause: Token) -> bool:
    """A clause whose governing verb's negation reaches the act: the verb's own complement ("did not try to attack"),
    or a predicate adjective of will ("is not willing to attack", "neither is inclined to attack": a refusal,
    `will_adjectives`); "was not afraid to attack" attacked, "is not able to pay" tells no refusal."""
    return clause.dep_ == "xcomp" or clause.dep_ == "acomp" and clause.lemma_.lower() in cues()["will_adjectives"]


def _is_statement(previous: Token, word: Token) -> bool:
    """``previous`` is the content clause of a verb of saying or of a noun such as "reminder"; a second subject of
    a verb of saying that has its own is the misparsed subject of the content ("A convoy ... crossed into Syria,
    aid officials said")."""
    data = cues()
    lemma = word.lemma_.lower()
    return (previous.dep_ == "ccomp" or second_subject(previous)) and lemma in data["speech_verbs"] or \
        (previous.dep_ == "acl" and lemma in data["speech_nouns"])


def _speaker(word: Token) -> Token | None:
    """Who makes the statement: the verb's subject (of two, the nearer: the other is the content's, misparsed), or
    the possessor / governing subject of a speech noun."""
    subjects = [c for c in word.children if c.dep_ in {"nsubj", "poss"}]
    subject = min(subjects, key=lambda c: abs(c.i - word.i), default=None)
    if subject is None and word.pos_ == "NOUN" and word.dep_ in {"dobj", "pobj"}:
        verb = word.head.head if word.dep_ == "pobj" else word.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject


def _possibility(trigger: Token) -> bool:
    """"the right to boycott", "the power to veto": an infinitive that only names what a noun of possibility
    allows reports no event (`possibility_nouns`); nor does an act that is only an idea or a prospect ("rejected
    the idea of talks", "the prospect of sending troops", `prospect_nouns`), and neither does welcoming, backing or
    rejecting one ("welcomed the idea of talks": a view of an idea no actor has acted on or proposed)."""
    data, head = cues(), trigger.head
    if trigger.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in data["prospect_nouns"]
                                      for c in trigger.children):
        return True
    if trigger.dep_ in {"pobj", "pcomp"} and head.lower_ == "of":
        return head.head.lemma_.lower() in data["prospect_nouns"]
    # the parser may read the infinitive as a relative clause ("no legal way to cancel the contracts")
    return trigger.dep_ in {"acl", "relcl"} and head.lemma_.lower() in data["possibility_nouns"] \
        and has_infinitive_to(trigger)


def _is_denied_claim(previous: Token, word: Token) -> bool:
    """``previous`` is what an accusation says ("rejected accusations that it had aided the rebels"), and the
    accusation is denied: the act is disputed, not reported (CAMEO 016 is a statement, no PLOVER event)."""
    data = cues()
    return previous.dep_ in {"acl", "ccomp"} and word.lemma_.lower() in data["claim_nouns"] \
        and word.dep_ in {"dobj", "nsubjpass"} and word.head.lemma_.lower() in data["denial_verbs"]


def _inside_denied_claim(trigger: Token) -> bool:
    """The trigger lies anywhere inside a denied accusation, also in a relative clause or a phrase of it
    ("denied charges he ran a squad that killed officials", "rejected accusations of genocide")."""
    data = cues()
    return any(word.lemma_.lower() in data["claim_nouns"] and word.dep_ in {"dobj", "nsubjpass"}
               and word.head.lemma_.lower() in data["denial_verbs"] for word in trigger.ancestors)


def _has_own_subject(clause: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)


def _wished_of_another(verb: Token, complement: Token) -> bool:
    """"X wants Y to release the sailors": what one actor wants a named other to do is asked of that other (an
    appeal, CAMEO 02x, made by X of Y), not an intent of Y's (`wish_heads`); "people want us to talk" and
    "wants weapons to kill us" name no one asked."""
    if verb.lemma_.lower() not in cues()["wish_heads"] or complement.dep_ not in {"ccomp", "xcomp"}:
        return False
    asked = next((c for c in complement.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return _is_named(asked) and _speaker(verb) is not None


def _read_statement(result: Modality, verb: Token, modal: str | None) -> None:
    """What the verb of saying whose content holds the trigger tells: who says it, and whether the modal of the
    content makes it an opinion, an intent, a demand or an announcement; a denial disputes it."""
    data, lemma = cues(), verb.lemma_.lower()
    result.speaker = _speaker(verb)
    result.denied = lemma in data["denial_verbs"]
    result.opinion = result.opinion or lemma in data["opinion_heads"] and modal in data["opinion_modals"]
    result.intent = result.intent or modal in data["announced_future_modals"]
    result.demand = not result.opinion and modal in data["demand_modals"]
    result.announced = modal in data["threat_modals"]


def _read_unmade_statement(result: Modality, statement: Token) -> None:
    """"has no plans to issue a statement denouncing X": what a statement not made, or only planned, says is no
    act either; the statement noun's own modality carries over to its content."""
    if statement.pos_ != "NOUN":
        return
    made = modality(statement)
    result.negated = result.negated or made.negated
    result.hypothetical = result.hypothetical or made.hypothetical


def _habitual(trigger: Token) -> bool:
    """"people are usually murdered by someone they know": what usually happens is a generalisation, no event
    (`habitual_adverbs`)."""
    return any(c.dep_ == "advmod" and c.lower_ in cues()["habitual_adverbs"] for c in trigger.children)


def proposed(trigger: Token) -> bool:
    """"introduced a bill to impose sanctions": what a proposed measure would do (its infinitive, or a verb joined to
    it) is not done until the measure is adopted (`proposal_nouns`)."""
    act = trigger.head if trigger.dep_ == "conj" else trigger
    return act.dep_ in {"acl", "relcl"} and has_infinitive_to(act) \
        and act.head.lemma_.lower() in cues()["proposal_nouns"]


def proposed_course(trigger: Token) -> str:
    """"called to ban Muslims", "proposed barring them": "verb", a course of action called for (`proposing_heads`,
    not "was called to ..."); "his proposal to ban Muslims", "a proposal for banning them": "noun", a course named
    in a proposal or a stance on it (`proposing_nouns`: "his position on banning them"); "" otherwise."""
    data = cues()
    act = trigger.head if trigger.dep_ == "conj" else trigger
    if act.dep_ in {"pcomp", "pobj"} and act.head.lower_ in {"for", "of", "on"}:
        act = act.head
    head = act.head
    heads = data["proposing_heads"].get(head.lemma_.lower(), [])
    if head.pos_ in {"VERB", "AUX"} and act.dep_ in heads \
            and not any(c.dep_ in {"nsubjpass", "auxpass"} for c in head.children):
        return "verb"
    if head.lemma_.lower() in data["proposing_nouns"] \
            and (act.dep_ == "prep" or act.dep_ == "acl" and has_infinitive_to(act)):
        return "noun"
    return ""


def _urged(trigger: Token) -> bool:
    """"It is time to talk", "it's time for Kenya to quit attacking X": the infinitive on a noun that an "it is"
    predicates (`urging_nouns`), or a verb it takes, is an act urged, not done."""
    act = trigger
    while act.dep_ in {"xcomp", "conj"} and act.head != act:
        act = act.head
    noun = act.head
    return act.dep_ in {"acl", "relcl"} and has_infinitive_to(act) and noun.dep_ == "attr" \
        and noun.lemma_.lower() in cues()["urging_nouns"] \
        and any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in noun.head.children)


def _open_question(word: Token, clause: Token) -> bool:
    """"It is unclear whether the senator criticized the governor": an act said to be unknown is not reported as
    done (`open_question_predicates`)."""
    return clause.dep_ in {"ccomp", "csubj"} and predicated_by_be(word, cues()["open_question_predicates"])


def _asked_whether(word: Token, clause: Token) -> bool:
    """"He was asked if he would support Trump", "asked whether Uganda would withdraw": what a question asks about
    (`question_heads` with "if" or "whether") is not reported as done nor intended."""
    return word.lemma_.lower() in cues()["question_heads"] and clause.dep_ == "ccomp" \
        and any(c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in clause.children)


def modality(trigger: Token) -> Modality:
    data = cues()
    result = Modality(negated=_negated(trigger) or _set_aside(trigger), denied=_inside_denied_claim(trigger))
    modal = _modal(trigger)
    chain = governors(trigger)
    head = trigger.head.lemma_.lower()
    if _is_purpose(trigger) and head not in data["gathering_heads"]:  # "gathered to discuss": a meeting held
        result.gift_purpose = head in data["giving_heads"]
        result.hypothetical = not result.gift_purpose
        result.intent = head in data["purpose_intent_heads"]
        result.mere_purpose = not (result.gift_purpose or result.intent)
    result.opinion = _possibility(trigger) or _habitual(trigger)
    result.hypothetical = result.hypothetical or proposed(trigger) or _urged(trigger)
    result.proposed_course = proposed_course(trigger)
    obliged = _we_must(trigger, trigger)
    previous, explained, lifted, attempted = trigger, False, False, False
    for word in chain:
        lemma = word.lemma_.lower()
        if previous.dep_ == "conj" and previous.head == word and misjoined(previous):
            lifted = True  # "X forecast that Y would rebound and praised Z": a sibling of "forecast", not of "rebound"
            continue
        explained = explained or _gives_reason(previous)
        obliged = obliged or _we_must(word, previous)
        if _is_denied_claim(previous, word):
            result.denied, result.speaker = True, _speaker(word)  # "it" in the accusation is the denier
            break
        # "Gunmen stormed a station, officials said, killing four": the participle hung on the verb of saying is
        # the reported clause's, said by the same speaker
        if _is_statement(previous, word) or previous is trigger and reported_clause(trigger, word) is not None:
            _read_statement(result, word, modal)
            _read_unmade_statement(result, word)
            break
        if explained:  # what the clause it explains may or will do is not what the reason says was done
            previous = word
            continue
        # "Russia threatened Ukraine and attacked Georgia": a verb conjoined to another is its sibling, not its
        # complement; it shares the first one's auxiliary unless it has a subject of its own
        sibling = previous.dep_ == "conj" and previous.head == word or lifted
        lifted = False
        if not (sibling and _has_own_subject(previous)):
            modal = modal or _modal(word) or _periphrastic_future(word, previous) \
                or _periphrastic_obligation(word, previous)
        failed = previous.dep_ == "xcomp" and lemma in data["failure_heads"] \
            or previous.dep_ == "acl" and has_infinitive_to(previous) and lemma in data["failure_nouns"]
        result.negated = result.negated or failed or _avoided(word, previous) \
            or (_negatable_complement(previous) and _negated(word)) \
            or _negated_intent(word, previous)
        result.withheld = result.withheld or failed and previous.lemma_.lower() in data["withheld_acts"]
        if _wished_of_another(word, previous):
            result.appeal, result.speaker = True, _speaker(word)
        if not sibling and lemma in data["attempt_heads"]:
            attempted = True
        elif not sibling and (lemma in data["hypothetical_heads"]
                              or data["advocacy_preps"].get(lemma) == previous.lower_
                              or lemma in data["unrealised_act_heads"] and _unrealised_complement(word, previous)):
            result.hypothetical = True
            result.intent = result.intent or lemma in data["intent_heads"]
            # "X wants Y to attack Z" is a wish about Y, not a threat by X
            result.threat = result.threat or lemma in data["threat_heads"] and not _has_own_subject(previous)
        result.mobilize = result.mobilize or lemma in data["mobilize_heads"] and not sibling
        # "is considering sending aid": an option weighed, not an act or an intent
        result.opinion = result.opinion or lemma in data["deliberation_heads"] and trigger.pos_ == "VERB" \
            and previous.dep_ in {"xcomp", "ccomp", "dobj", "pcomp"} or _open_question(word, previous) \
            or _asked_whether(word, previous)
        result.opinion = result.opinion or _out_of_reach(word, previous)
        if _is_purpose(word) or lemma == "if" or _subjunctive(word):
            result.hypothetical = True
        previous = word
    if modal and modal != "can":
        result.hypothetical = True
    _read_obligation(result, obliged)
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in trigger.children) or _imperative(trigger) \
            or _subjunctive(trigger):
        result.hypothetical = True
    result.counterfactual = _counterfactual(trigger, chain)
    if _performed_by_saying(trigger):
        result.hypothetical = result.intent = False
    if attempted:
        result.attempted_only, result.hypothetical = not result.hypothetical, True
    return result


def _out_of_reach(word: Token, complement: Token) -> bool:
    """"It is too early to discuss a visit", "too weak to attack": the infinitive of a word of excess
    (`excess_adverbs`) is an act judged out of reach, not done; "only too happy to help" is no excess."""
    data = cues()
    return complement.dep_ in {"xcomp", "advcl"} and any(
        c.dep_ == "advmod" and c.lower_ in data["excess_adverbs"]
        and not (c.i > 0 and c.doc[c.i - 1].lower_ in data["excess_cancelling"]) for c in word.children)


def _unrealised_complement(head: Token, complement: Token) -> bool:
    """Whether ``complement`` is the act ``head`` (of `unrealised_act_heads`) opposes or commits to: a verb
    complement, or a preposition taking one ("commitment to destroying ISIL"); not a clause coordinated with it
    or explaining it ("opposes X, but he urged ...", "committed suicide after being imprisoned"), nor the
    contrast "as opposed to"."""
    if any(c.dep_ in {"mark", "advmod"} and c.lower_ == "as" for c in head.children):
        return False
    if complement.dep_ == "prep":
        return complement.lower_ == "to" and any(c.dep_ == "pcomp" and c.pos_ == "VERB" for c in complement.children)
    return complement.pos_ == "VERB" and complement.dep_ in {"xcomp", "ccomp", "dobj"}


def _counterfactual(trigger: Token, chain: list[Token]) -> str:
    """Whether the trigger is the "condition" or the "consequence" of an unreal case: a clause with a modal of
    `counterfactual_modals` and an "if" clause in the past ("if he had attacked a church, we would call it
    terrorism"). Not in reported speech outside quotation marks, where the past is the reporter's ("Iran said it
    would strike if Israel attacked")."""
    clause = trigger
    while clause.dep_ in {"conj", "xcomp"} and clause.head != clause:  # "went ... and killed", "have to call"
        clause = clause.head
    if _is_past_condition(clause):
        consequence, part = clause.head, "condition"
    elif any(_is_past_condition(c) for c in clause.children):
        consequence, part = clause, "consequence"
    else:
        return ""
    modals = cues()["counterfactual_modals"]
    if not any(c.dep_ == "aux" and c.lower_ in modals for c in consequence.children):
        return ""
    reported = any(word.lemma_.lower() in cues()["speech_verbs"] for word in chain)
    return part if not reported or quoted_mask(trigger.doc.text)[trigger.idx] else ""


def _is_past_condition(clause: Token) -> bool:
    """An "if" clause in the past tense or the past perfect ("if he went", "if he had attacked")."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "if" for c in clause.children) \
        and (clause.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in clause.children))


def _performed_by_saying(trigger: Token) -> bool:
    """"I want to thank Japan", "I'd like to congratulate him", "Let me take this opportunity to thank X": a
    thanks, a congratulation or an apology in the first person under a courteous frame is done by the words that
    say it, not intended (`performative_verbs`, `performative_frames`, `first_person_subjects`)."""
    data = cues()
    if trigger.lemma_.lower() not in data["performative_verbs"] or _modal(trigger):
        return False
    word = trigger
    while word.dep_ in {"xcomp", "ccomp", "acl", "dobj"} and word.head.lemma_.lower() in data["performative_frames"]:
        word = word.head
        if any(c.dep_ == "nsubj" and c.lower_ in data["first_person_subjects"] for c in word.children):
            return True
    return False


def _we_must(verb: Token, complement: Token) -> bool:
    """"we must help each other", "we need to stay with them and help them", "we have to take it seriously":
    what "we" ought to do is an opinion on what everyone should do, not an act or a pledge (`obligation_heads`,
    `obligation_modals`, `collective_subjects`)."""
    data = cues()
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in data["collective_subjects"]:
        return False
    if complement is not verb and complement.dep_ not in {"xcomp", "conj"}:
        return False  # "we must not forget that Hamas seized power": what we must remember did happen
    if _modal(verb) in data["obligation_modals"]:
        return True
    return verb.lemma_.lower() in data["obligation_heads"] and complement.dep_ == "xcomp"


def _read_obligation(result: Modality, obliged: bool) -> None:
    """What "we" must do is an opinion, unless a named person says it ("Trump says we should round up the 11
    million"): then it is a proposal of the speaker's side, kept as hypothetical with the speaker as source."""
    if not obliged:
        return
    speaker = result.speaker
    named = _is_named(speaker)
    result.proposal, result.demand = named, False
    result.hypothetical = result.hypothetical or named
    result.opinion = result.opinion or not named


def _is_named(word: Token | None) -> bool:
    """A proper noun or a named person, organisation, nationality or place (`speaker_entity_types`)."""
    return word is not None and (word.ent_type_ in cues()["speaker_entity_types"] or word.pos_ == "PROPN")


def _subjunctive(verb: Token) -> bool:
    """A content clause in the subjunctive ("demanded that a prosecutor be appointed to investigate"): what is
    demanded or proposed, not done (`subjunctive_auxiliaries` in the base form, without a modal or "to")."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return verb.dep_ == "ccomp" and _has_own_subject(verb) and any(
        a.tag_ == "VB" and a.lower_ in cues()["subjunctive_auxiliaries"] for a in auxiliaries) and not any(
        a.lower_ == "to" or a.lower_ in cues()["modal_auxiliaries"] for a in auxiliaries)


def _imperative(verb: Token) -> bool:
    """"Lock her up!", '"Free the hostages," he told them', 'chants of "Lock her up!"': a command urges an act, it
    reports none. A bare infinitive under another verb ("made him resign") is no command, unless a quotation
    mark opens right before it."""
    said = verb.head.lemma_.lower() in cues()["speech_verbs"]
    quoted = (verb.dep_ in {"ccomp", "xcomp", "advcl", "parataxis"} and said) or _opens_quotation(verb)
    return verb.tag_ == "VB" and (verb.dep_ == "ROOT" or quoted) and \
        not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in verb.children)


def _opens_quotation(verb: Token) -> bool:
    """A quotation mark right before the verb, in its sentence (`opening_quotes`)."""
    return verb.i > verb.sent.start and verb.doc[verb.i - 1].text in cues()["opening_quotes"]
