"""The language of a PDF document, chosen per document (apart from the interface):
`with language("ru"): build_report(...)`, and every text of the documents goes through tr()."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

LANGUAGES = ("en", "ru")
_current: ContextVar[str] = ContextVar("report_language", default="en")


@contextmanager
def language(code: str) -> Iterator[None]:
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r} (use {', '.join(LANGUAGES)})")
    token = _current.set(code)
    try:
        yield
    finally:
        _current.reset(token)


def current() -> str:
    return _current.get()


def tr(text: str) -> str:
    return RU.get(text, text) if _current.get() == "ru" else text


def area_name(slug: str, english: str) -> str:
    return AREAS_RU.get(slug, (english, ""))[0] if _current.get() == "ru" else english


def area_description(slug: str, english: str) -> str:
    return AREAS_RU.get(slug, ("", english))[1] if _current.get() == "ru" else english


AREAS_RU = {
    "criminalisation": (
        "Криминализация торговли людьми",
        "Правовые запреты торговли людьми, принудительного труда несовершеннолетних, сексуального "
        "рабства и торговли органами человека; усиление ответственности за деятельность, "
        "способствующую торговле людьми; уголовное преследование торговцев людьми.",
    ),
    "demand": (
        "Противодействие спросу",
        "Противодействие и сокращение спроса на жертв торговли людьми и коммерческой "
        "деятельности, которая его поощряет.",
    ),
    "protection": (
        "Защита и реинтеграция жертв",
        "Статус и защита жертв, приюты, перенаправление и реинтеграция; меры, направленные на "
        "женщин, детей и другие группы.",
    ),
    "root-causes": (
        "Устранение коренных причин",
        "Социальные и экономические причины торговли людьми: бедность, безработица, отсутствие "
        "равных возможностей; информирование о поездках и работе за рубежом.",
    ),
    "capacity": (
        "Укрепление национального потенциала",
        "Специальные подразделения правоохранительных органов и обучение сотрудников полиции, "
        "прокуроров, судей, пограничников и социальных работников.",
    ),
}

RU = {
    "Legislative acts adopted": "Принято нормативных актов",
    "Trainings held": "Проведено обучений",
    "Participants trained": "Обучено участников",
    "of whom women": "из них женщин",
    "Campaigns launched": "Начато кампаний",
    "Campaign reach": "Охват кампаний",
    "Training hours": "Часов обучения",
    "People trained (each once)": "Обучено человек (каждый один раз)",
    "of whom men": "из них мужчин",
    "Draft": "Проект",
    "Submitted": "Внесён",
    "Adopted": "Принят",
    "In force": "Действует",
    "Repealed": "Утратил силу",
    "law": "закон",
    "amendment": "поправка",
    "decree": "указ",
    "regulation": "постановление",
    "programme": "программа",
    "treaty": "договор",
    "Period": "Период",
    "Both the first and the last day of the period are included. The previous period used for "
    "comparison has the same number of days and ends the day before.": "Первый и последний день периода включаются. Предыдущий период для сравнения имеет то же "
    "число дней и заканчивается накануне.",
    "Legislation whose adoption date falls in the period.": "Нормативные акты, дата принятия которых приходится на период.",
    "Trainings held and training hours": "Проведённые обучения и часы обучения",
    "Training sessions whose start date falls in the period, and the sum of their hours.": "Обучения, дата начала которых приходится на период, и сумма их часов.",
    "For those sessions, the pairs of session and person where the person was present or late on "
    "at least one day. A person at two sessions counts twice; 'people trained' counts each "
    "person once. Excused and absent never count. 'Of whom women' counts the pairs whose person "
    "is recorded as female; men likewise; other and not stated make up the rest.": "Для этих обучений — пары «обучение, человек», где человек присутствовал или опоздал хотя "
    "бы в один день. Человек на двух обучениях учитывается дважды; «обучено человек» учитывает "
    "каждого один раз. Отсутствие, в том числе по уважительной причине, не учитывается. «Из "
    "них женщин» — пары, где пол человека указан как женский; мужчин — аналогично; остальное — "
    "другой или не указанный пол.",
    "Campaigns launched and reach": "Начатые кампании и охват",
    "Awareness campaigns whose start date falls in the period, and the sum of their estimated "
    "reach (people).": "Информационные кампании, дата начала которых приходится на период, и сумма их "
    "оценочного охвата (человек).",
    "Focus areas": "Направления",
    "A record counts in every focus area it is linked to, so the area rows may add up to more "
    "than the Total row, which counts each record once.": "Запись учитывается в каждом направлении, с которым она связана, поэтому сумма строк "
    "направлений может быть больше строки «Итого», где каждая запись учитывается один раз.",
    "Targets": "Целевые показатели",
    "Progress compares the actual figure for the target's calendar year, from 1 January up to "
    "the report's last day, with the national action plan's target.": "Выполнение — это фактическое значение за календарный год показателя, с 1 января по "
    "последний день отчёта, по сравнению с целевым значением национального плана действий.",
    "Legislation in the pipeline": "Нормативные акты в разработке",
    "Legislation whose status is draft or submitted when the report is made.": "Нормативные акты со статусом «проект» или «внесён» на момент составления отчёта.",
    "GPAST progress report": "Отчёт о ходе работы GPAST",
    "Contents": "Содержание",
    "Nothing was recorded for this period: no legislation adopted, no training session started "
    "and no campaign launched between {start} and {end}.": "За этот период ничего не записано: с {start} по {end} не принято ни одного нормативного "
    "акта, не начато ни одного обучения и ни одной кампании.",
    "GPAST progress report {period} · made {made}": "Отчёт о ходе работы GPAST {period} · составлен {made}",
    "Progress report on countering trafficking in human beings": "Отчёт о ходе работы по противодействию торговле людьми",
    "Global Partnership against Slavery and Trafficking in Human Beings in the 21st century "
    "(GPAST)": "Глобальное партнёрство против рабства и торговли людьми в XXI веке (GPAST)",
    "Period: {period}": "Период: {period}",
    "Focus areas: {areas}": "Направления: {areas}",
    "Made on {date} with GPAST Coordinator": "Составлен {date} в программе GPAST Coordinator",
    "Summary": "Сводка",
    "Focus area": "Направление",
    "Total (each record once)": "Итого (каждая запись один раз)",
    "A record linked to several focus areas counts in each area row and once in the total, so "
    "the area rows may add up to more than the total. Participants trained counts each "
    "(session, person) pair where the person was present or late on at least one day.": "Запись, связанная с несколькими направлениями, учитывается в строке каждого направления "
    "и один раз в итоге, поэтому сумма строк может быть больше итога. «Обучено участников» — "
    "пары «обучение, человек», где человек присутствовал или опоздал хотя бы в один день.",
    "Against the {year} targets (1 January – {end})": "Выполнение целевых показателей {year} года (1 января – {end})",
    "Indicator": "Показатель",
    "Figure": "Значение",
    "Target": "Цель",
    "Progress": "Выполнение",
    "This period and the previous one": "Этот период и предыдущий",
    "previous: {period}": "предыдущий: {period}",
    "Participants by sex": "Участники по полу",
    "Women": "Женщины",
    "Men": "Мужчины",
    "Other or not stated": "Другой или не указан",
    "People (each once)": "Человек (каждый один раз)",
    "None in this period.": "За период нет.",
    "Legislation adopted": "Принятые нормативные акты",
    "Title": "Название",
    "Reference": "Номер",
    "Status": "Статус",
    "Code": "Код",
    "Dates": "Даты",
    "Place": "Место",
    "Participants": "Участники",
    "Channels": "Каналы",
    "Reach": "Охват",
    "Kind": "Вид",
    "No legislation is in draft or submitted.": "Нет нормативных актов в статусе проекта.",
    "How the figures are counted": "Как считаются показатели",
    "Page {page} of {total}": "Страница {page} из {total}",
    "Sign-in sheet {code}": "Лист регистрации {code}",
    "day {n} of {days}": "день {n} из {days}",
    "Location: {location}    Organiser: {organiser}    Session: {dates}": "Место: {location}    Организатор: {organiser}    Даты: {dates}",
    "No.": "№",
    "Name": "ФИО",
    "Organisation": "Организация",
    "Signature": "Подпись",
    "Sign-in sheet {code} · {title}": "Лист регистрации {code} · {title}",
    "Certificates {code}": "Сертификаты {code}",
    "{code}: nobody was present or late on any day, so there are no certificates.": "{code}: никто не присутствовал ни в один день, поэтому сертификатов нет.",
    "Certificate of participation": "Сертификат участника",
    "This is to certify that": "Настоящим удостоверяется, что",
    "took part in the training": "принял(а) участие в обучении",
    " · {hours} hours": " · {hours} ч",
    "Organised by {organiser}": "Организатор: {organiser}",
    "Organiser": "Организатор",
    "Trainer": "Тренер",
    "Certificate No. {number}": "Сертификат № {number}",
}


# The report's last page: how each figure is counted (product.md's counting rules), in English;
# tr() gives the Russian.
METHODS = [
    (
        "Period",
        "Both the first and the last day of the period are included. The previous period "
        "used for comparison has the same number of days and ends the day before.",
    ),
    ("Legislative acts adopted", "Legislation whose adoption date falls in the period."),
    (
        "Trainings held and training hours",
        "Training sessions whose start date falls in the period, and the sum of their hours.",
    ),
    (
        "Participants trained",
        "For those sessions, the pairs of session and person where the "
        "person was present or late on at least one day. A person at two sessions counts twice; "
        "'people trained' counts each person once. Excused and absent never count. 'Of whom women' "
        "counts the pairs whose person is recorded as female; men likewise; other and not stated "
        "make up the rest.",
    ),
    (
        "Campaigns launched and reach",
        "Awareness campaigns whose start date falls in the period, "
        "and the sum of their estimated reach (people).",
    ),
    (
        "Focus areas",
        "A record counts in every focus area it is linked to, so the area rows may "
        "add up to more than the Total row, which counts each record once.",
    ),
    (
        "Targets",
        "Progress compares the actual figure for the target's calendar year, from 1 "
        "January up to the report's last day, with the national action plan's target.",
    ),
    (
        "Legislation in the pipeline",
        "Legislation whose status is draft or submitted when the report is made.",
    ),
]
