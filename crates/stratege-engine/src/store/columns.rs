//! Reading and writing single columns: enums as text, string lists as JSON,
//! with every value read from a database checked rather than trusted.

use crate::error::{Error, Result};
use rusqlite::types::{ToSqlOutput, Value, ValueRef};
use rusqlite::Row;

/// A value to bind to a statement parameter.
pub(crate) type Sql<'a> = ToSqlOutput<'a>;

pub(crate) trait TextEnum: Sized + Copy {
    fn as_text(self) -> &'static str;
    fn from_text(text: &str) -> Option<Self>;
}

macro_rules! impl_text_enum {
    ($($name:ty),+) => {$(
        impl TextEnum for $name {
            fn as_text(self) -> &'static str { self.as_str() }
            fn from_text(text: &str) -> Option<Self> { <$name>::parse(text) }
        }
    )+};
}
use crate::model::*;
impl_text_enum!(
    Language, Department, ObjectiveKind, FindingSubject, Maturity, FunnelStage, Platform,
    CadencePeriod, ChannelStatus, ContentStatus, PersonaPriority
);

// Values to bind, borrowed from the entry where they can be: SQLite copies them
// when bound anyway, so an owned copy first would be one per field for nothing.

pub(crate) fn text(value: &str) -> Sql<'_> {
    ToSqlOutput::Borrowed(ValueRef::Text(value.as_bytes()))
}

pub(crate) fn opt_text(value: &Option<String>) -> Sql<'_> {
    value.as_deref().map_or(ToSqlOutput::Borrowed(ValueRef::Null), text)
}

pub(crate) fn opt_real(value: Option<f64>) -> Sql<'static> {
    ToSqlOutput::Borrowed(value.map_or(ValueRef::Null, ValueRef::Real))
}

pub(crate) fn int(value: i64) -> Sql<'static> {
    ToSqlOutput::Borrowed(ValueRef::Integer(value))
}

pub(crate) fn opt_int(value: Option<i64>) -> Sql<'static> {
    ToSqlOutput::Borrowed(value.map_or(ValueRef::Null, ValueRef::Integer))
}

pub(crate) fn flag(value: bool) -> Sql<'static> {
    int(value as i64)
}

pub(crate) fn enum_text<T: TextEnum>(value: T) -> Sql<'static> {
    text(value.as_text())
}

pub(crate) fn list<T: serde::Serialize>(values: &[T]) -> Sql<'static> {
    // Serialising strings and text enums to JSON cannot fail.
    ToSqlOutput::Owned(Value::Text(serde_json::to_string(values).unwrap_or_else(|_| "[]".into())))
}

/// Reads column `index` of `row`, naming `column` in the error when the value is unusable.
pub(crate) struct Reader<'a, 'b> {
    pub row: &'a Row<'b>,
}

impl Reader<'_, '_> {
    fn bad(column: &str, what: &str) -> Error {
        Error::invalid(column, format!("holds {what}"))
    }

    pub fn text(&self, index: usize, column: &str) -> Result<String> {
        self.row.get::<_, String>(index).map_err(|_| Self::bad(column, "a value that is not text"))
    }

    pub fn opt_text(&self, index: usize, column: &str) -> Result<Option<String>> {
        self.row
            .get::<_, Option<String>>(index)
            .map_err(|_| Self::bad(column, "a value that is not text"))
    }

    pub fn opt_real(&self, index: usize, column: &str) -> Result<Option<f64>> {
        self.row
            .get::<_, Option<f64>>(index)
            .map_err(|_| Self::bad(column, "a value that is not a number"))
    }

    pub fn opt_int(&self, index: usize, column: &str) -> Result<Option<i64>> {
        self.row
            .get::<_, Option<i64>>(index)
            .map_err(|_| Self::bad(column, "a value that is not a whole number"))
    }

    pub fn flag(&self, index: usize, column: &str) -> Result<bool> {
        match self.row.get::<_, i64>(index) {
            Ok(0) => Ok(false),
            Ok(1) => Ok(true),
            _ => Err(Self::bad(column, "a value that is not 0 or 1")),
        }
    }

    pub fn enumeration<T: TextEnum>(&self, index: usize, column: &str) -> Result<T> {
        let value = self.text(index, column)?;
        T::from_text(&value).ok_or_else(|| Self::bad(column, "an unknown value"))
    }

    pub fn list<T: serde::de::DeserializeOwned>(&self, index: usize, column: &str) -> Result<Vec<T>> {
        let value = self.text(index, column)?;
        serde_json::from_str(&value).map_err(|_| Self::bad(column, "a list that cannot be read"))
    }
}
