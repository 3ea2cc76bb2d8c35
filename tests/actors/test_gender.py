from eventwire.actors.gender import agrees, first_name_genders, honorific_gender, person_gender


def test_gender_honorific_before_the_name_decides():
    assert person_gender("a statement from Mrs. ", "May", "Theresa May") == "f"
    assert person_gender("said Mr ", "Nguyen", "Nguyen") == "m"


def test_gender_lower_case_word_is_no_honorific():
    assert person_gender("did not want to miss ", "Obama", "Barack Obama") == "m"


def test_gender_gendered_title_in_the_mention():
    assert person_gender("", "spokeswoman Maria Zakharova", "Maria Zakharova") == "f"
    assert person_gender("", "King Abdullah", "Abdullah") == "m"


def test_gender_from_a_strongly_gendered_first_name():
    assert first_name_genders()["angela"] == "f"
    assert person_gender("", "Angela Merkel", "Angela Merkel") == "f"


def test_gender_unknown_when_nothing_says_it():
    assert person_gender("", "Peskov", "Peskov") is None


def test_gender_she_needs_a_known_woman_he_takes_unknown():
    assert agrees("f", "f") and agrees("m", "m") and agrees(None, "m")
    assert not agrees(None, "f") and not agrees("m", "f") and not agrees("f", "m")


def test_gender_of_an_honorific_ending_the_text():
    assert honorific_gender("a letter to Mrs. ") == "f" and honorific_gender("said Mr ") == "m"
    assert honorific_gender("said ") is None
