#pragma once

#include "result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace huajie {

// What a center's documents say of the center and its rules (the profile's
// "center" key): its name as they print it, the title of its work rules,
// the articles they quote and the periods they state, each by purpose, and
// the template set they are filled from. Without the key they are
// Shizuishan's (S0), as the documents have always printed them; with it,
// what it leaves out is empty and the documents quote nothing in its place.
struct CenterTexts
{
    QString name;        // printed when the center's own name setting is empty
    QString rules;       // the title of the work rules, without 《》
    QString source;      // the seed the name and the title come from
    QString templateSet; // templates/<set>/NAME.html before templates/NAME.html; empty for none
    // Purpose → the article quoted: "termination" → "第二十三条". Every purpose
    // is there, empty when the center's rules have no such article.
    QMap<QString, QString> articles;
    // Purpose → the period stated: "liaison" → "3个工作日"; the same.
    QMap<QString, QString> periods;
    QMap<QString, QString> periodSources; // purpose → the rule it comes from

    // What the articles and the periods are quoted for, in the JSON's names.
    static const QStringList &articlePurposes();
    static const QStringList &periodPurposes();
    static CenterTexts shizuishan();
    static Result<CenterTexts> fromJson(const QJsonObject &object, const QString &path);

    // What templates see as profile.*: name, rules, articles.*, periods.*.
    QVariantMap templateData() const;
};

} // namespace huajie
