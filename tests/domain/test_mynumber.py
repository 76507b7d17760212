from hypothesis import given
from hypothesis import strategies as st

from privacydesk.domain.mynumber import check_digit, contains_my_number, is_my_number


def _valid(first: str) -> str:
    return first + str(check_digit(first))


def test_known_number_passes_and_its_neighbours_fail() -> None:
    assert is_my_number("123456789018")  # the number cited in the ministry's examples
    number = _valid("12345678901")
    assert is_my_number(number)
    wrong = number[:11] + str((int(number[11]) + 1) % 10)
    assert not is_my_number(wrong)


def test_found_in_free_text_in_the_ways_people_type_it() -> None:
    number = _valid("98765432109")
    grouped = f"{number[:4]} {number[4:8]} {number[8:]}"
    hyphen = f"{number[:4]}-{number[4:8]}-{number[8:]}"
    wide = number.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    for text in (number, f"番号は{grouped}です", hyphen, wide):
        assert contains_my_number(text), text


def test_other_numbers_are_not_refused() -> None:
    number = _valid("11112222333")
    assert not contains_my_number("電話 03-1234-5678、郵便番号 150-0001")
    assert not contains_my_number("1" + number)  # part of a longer number
    assert not contains_my_number(number[:11])


@given(st.text(alphabet="0123456789", min_size=11, max_size=11))
def test_exactly_one_final_digit_passes(first: str) -> None:
    passing = [d for d in "0123456789" if is_my_number(first + d)]
    assert len(passing) == 1
