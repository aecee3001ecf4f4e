//! Dates in the forms minutes use: "17/07/2025", "10th June 2020",
//! "Monday, 12 March 2024", "October 19, 2020", "19-Oct-2020",
//! "2020-10-19". Numeric dates are day-first unless told otherwise.

use chrono::NaiveDate;

/// How to read an all-numeric date such as 03/04/2021.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum DateOrder {
    /// Decide per document ([`detect`]); day first when nothing tells.
    #[default]
    Auto,
    /// Day first (UK, Ireland, Australia): 03/04/2021 is 3 April.
    Dmy,
    /// Month first (US): 03/04/2021 is March 4.
    Mdy,
}

impl DateOrder {
    /// The order to read `text` in: itself unless `Auto`.
    pub fn resolve(self, text: &str) -> DateOrder {
        match self {
            DateOrder::Auto => detect(text).unwrap_or(DateOrder::Dmy),
            order => order,
        }
    }
}

/// How `text` writes its dates, where it says so without doubt: a
/// numeric date that only one order can read ("17/07/2025" is day
/// first, "07/17/2025" month first), or failing that, dates written out
/// one way only ("October 19, 2020" against "19 October 2020"). `None`
/// when the text gives no sign or both.
pub fn detect(text: &str) -> Option<DateOrder> {
    let (mut dmy, mut mdy, mut either) = (0usize, 0usize, 0usize);
    let b = text.as_bytes();
    // Without numeric dates the order matters to nothing.
    memchr::memchr2(b'/', b'.', b)?;
    {
        for c in NUMERIC.captures_iter(text) {
            let (a, m): (u32, u32) = match (c[1].parse(), c[2].parse()) {
                (Ok(a), Ok(m)) => (a, m),
                _ => continue,
            };
            if a > 12 && m <= 12 {
                dmy += 1;
            } else if m > 12 && a <= 12 {
                mdy += 1;
            } else if a <= 12 && m <= 12 {
                either += 1;
            }
        }
    }
    match (dmy, mdy) {
        // Only dates either order reads alike (or none): the written
        // dates decide, and are worth reading.
        (0, 0) if either == 0 => return None,
        (0, 0) => {}
        (_, 0) => return Some(DateOrder::Dmy),
        (0, _) => return Some(DateOrder::Mdy),
        _ => return None,
    }
    let written_dmy = DAY_MONTH.find_iter(text).count();
    let written_mdy = MONTH_DAY.find_iter(text).count();
    match (written_dmy, written_mdy) {
        (0, n) if n > 0 => Some(DateOrder::Mdy),
        (n, 0) if n > 0 => Some(DateOrder::Dmy),
        _ => None,
    }
}

// An ordinal's "th" may come out of a scanned page as "™", "”", "°"
// or "*" ("11™ JUNE", "2”° DECEMBER"), or stand apart ("15 TH"). A day
// may follow a time with no space ("4.00pm1 July 2021").
// Welsh councils write the months in Welsh ("10fed Mehefin 2020", the
// ordinal's ending Welsh too: "1af", "2il", "3ydd", "5ed", "11eg",
// "21ain").
const MONTH: &str = r"((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr)";

re!(
    DAY_MONTH,
    &format!(
        r#"(?i)(?:(?-u:\b)|[ap]m)(\d{{1,2}})(?:\s?(?:st|nd|rd|th)|af|il|ydd|fed|ed|eg|ain|[”"°*™]{{1,2}})?(?:\s+day)?(?:\s+of)?[\s\-]+{MONTH},?[\s\-]+(\d{{4}}|\d{{2}}(?-u:\b))"#
    )
);
re!(
    MONTH_DAY,
    &format!(
        r"(?i)(?-u:\b){MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th|™)?,?\s+(\d{{4}})(?-u:\b)"
    )
);
re!(
    NUMERIC,
    r"(?-u:\b)(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?-u:\b)"
);
re!(ISO, r"(?-u:\b)(\d{4})-(\d{2})-(\d{2})(?-u:\b)");

/// Whether `w` is a month's name in full ("March").
pub(crate) fn is_month_name(w: &str) -> bool {
    w.len() >= 3
        && month(w).is_some_and(|m| {
            let full = [
                "january",
                "february",
                "march",
                "april",
                "may",
                "june",
                "july",
                "august",
                "september",
                "october",
                "november",
                "december",
            ];
            full[m as usize - 1].eq_ignore_ascii_case(w)
        })
}

/// The Welsh names of the months, in order.
const WELSH_MONTHS: [&str; 12] = [
    "ionawr",
    "chwefror",
    "mawrth",
    "ebrill",
    "mai",
    "mehefin",
    "gorffennaf",
    "awst",
    "medi",
    "hydref",
    "tachwedd",
    "rhagfyr",
];

fn month(s: &str) -> Option<u32> {
    if let Some(i) =
        WELSH_MONTHS.iter().position(|w| w.eq_ignore_ascii_case(s))
    {
        return u32::try_from(i + 1).ok();
    }
    let m = s.get(..3)?.to_ascii_lowercase();
    let i = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec",
    ]
    .iter()
    .position(|x| *x == m)?;
    u32::try_from(i + 1).ok()
}

fn year(s: &str) -> Option<i32> {
    let y: i32 = s.parse().ok()?;
    Some(if s.len() == 2 { 2000 + y } else { y })
}

/// The first date in `text` and its byte range.
pub fn find_date(
    text: &str,
    order: DateOrder,
) -> Option<(NaiveDate, std::ops::Range<usize>)> {
    find_dates(text, order).into_iter().next()
}

/// Every date in `text`, in order, with its byte range; where two forms
/// overlap, the one starting first wins.
pub fn find_dates(
    text: &str,
    order: DateOrder,
) -> Vec<(NaiveDate, std::ops::Range<usize>)> {
    let mut all: Vec<(NaiveDate, std::ops::Range<usize>)> = Vec::new();
    // Every form has digits; most lines have none, and the patterns are
    // dear to run.
    let b = text.as_bytes();
    if !b.iter().any(u8::is_ascii_digit) {
        return all;
    }
    let slash_or_dot = memchr::memchr2(b'/', b'.', b).is_some();
    let dash = memchr::memchr(b'-', b).is_some();
    let mut consider = |d: Option<NaiveDate>, r: std::ops::Range<usize>| {
        if let Some(d) = d {
            all.push((d, r));
        }
    };
    for c in DAY_MONTH.captures_iter(text) {
        let d = (|| {
            NaiveDate::from_ymd_opt(
                year(&c[3])?,
                month(&c[2])?,
                c[1].parse().ok()?,
            )
        })();
        consider(d, c.get(0).expect("match").range());
    }
    for c in MONTH_DAY.captures_iter(text) {
        let d = (|| {
            NaiveDate::from_ymd_opt(
                year(&c[3])?,
                month(&c[1])?,
                c[2].parse().ok()?,
            )
        })();
        consider(d, c.get(0).expect("match").range());
    }
    for c in NUMERIC.captures_iter(if slash_or_dot { text } else { "" }) {
        let date = (|| {
            let (a, b): (u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?);
            let (d, m) = match order {
                DateOrder::Dmy | DateOrder::Auto => (a, b),
                DateOrder::Mdy => (b, a),
            };
            NaiveDate::from_ymd_opt(year(&c[3])?, m, d)
        })();
        consider(date, c.get(0).expect("match").range());
    }
    for c in ISO.captures_iter(if dash { text } else { "" }) {
        let d = (|| {
            NaiveDate::from_ymd_opt(
                c[1].parse().ok()?,
                c[2].parse().ok()?,
                c[3].parse().ok()?,
            )
        })();
        consider(d, c.get(0).expect("match").range());
    }
    all.sort_by_key(|(_, r)| (r.start, std::cmp::Reverse(r.end)));
    let mut out: Vec<(NaiveDate, std::ops::Range<usize>)> = Vec::new();
    for (d, r) in all {
        if out.last().is_none_or(|(_, p)| r.start >= p.end) {
            out.push((d, r));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<String> {
        find_date(s, DateOrder::Dmy).map(|(d, _)| d.to_string())
    }

    #[test]
    fn forms() {
        let table = [
            ("Meeting: 17/07/2025 - Cabinet", "2025-07-17"),
            ("4.00pm1 July 2021", "2021-07-01"),
            ("held on the 10th June 2020.", "2020-06-10"),
            ("Monday, 12 March 2024", "2024-03-12"),
            ("October 19, 2020", "2020-10-19"),
            ("19-Oct-2020", "2020-10-19"),
            ("MONDAY, 8TH MARCH, 2021, AT 4PM", "2021-03-08"),
            ("Wednesday, 28th November, 2018 10.00 am", "2018-11-28"),
            ("2020-10-19", "2020-10-19"),
            ("WAS HELD THIS 12TH DAY OF JANUARY, 2011", "2011-01-12"),
            // A scanned page's "th" read as a trade mark sign.
            ("WEDNESDAY 11™ JUNE, 2014, AT 10.00 A.M.", "2014-06-11"),
            ("ON TUESDAY, 2”° DECEMBER, 2014, AT", "2014-12-02"),
            ("ON WEDNESDAY, 7\" SEPTEMBER, 2016", "2016-09-07"),
            ("ON MONDAY, 15 TH SEPTEMBER, 2014", "2014-09-15"),
        ];
        for (s, want) in table {
            assert_eq!(d(s).as_deref(), Some(want), "{s}");
        }
        assert_eq!(d("31/02/2020"), None);
        assert_eq!(d("no date here"), None);
    }

    #[test]
    fn order_from_the_text() {
        assert_eq!(
            detect("Meeting: 17/07/2025 and 03/04/2025"),
            Some(DateOrder::Dmy)
        );
        assert_eq!(
            detect("Minutes of 07/17/2025, approved 03/04/2025"),
            Some(DateOrder::Mdy)
        );
        assert_eq!(
            detect("October 19, 2020. Next meeting 11/02/2020"),
            Some(DateOrder::Mdy)
        );
        assert_eq!(
            detect("19 October 2020. Next meeting 11/02/2020"),
            Some(DateOrder::Dmy)
        );
        assert_eq!(detect("Next meeting 11/02/2020"), None);
        assert_eq!(detect("17/07/2025 and 07/17/2025"), None);
        let us = "October 19, 2020\nThe next meeting is 11/02/2020.";
        let order = DateOrder::Auto.resolve(us);
        assert_eq!(
            find_date("11/02/2020", order).unwrap().0.to_string(),
            "2020-11-02"
        );
        assert_eq!(DateOrder::Dmy.resolve(us), DateOrder::Dmy);
    }

    #[test]
    fn welsh_months_and_ordinals() {
        for (text, iso) in [
            ("Cyfarfod 10fed Mehefin 2020", "2020-06-10"),
            ("ar yr 11eg Mawrth 2020", "2020-03-11"),
            ("1af Ebrill 2020", "2020-04-01"),
            ("31ain Mai 2021", "2021-05-31"),
        ] {
            let got = find_date(text, DateOrder::Dmy).map(|d| d.0.to_string());
            assert_eq!(got.as_deref(), Some(iso), "{text}");
        }
        // (An English "1 May 2020" still reads as May.)
        let got = find_date("1 May 2020", DateOrder::Dmy).unwrap().0;
        assert_eq!(got.to_string(), "2020-05-01");
    }

    #[test]
    fn month_first() {
        let got = find_date("03/04/2021", DateOrder::Mdy).unwrap().0;
        assert_eq!(got.to_string(), "2021-03-04");
    }
}
