#pragma once

#include "result.h"

#include <QString>

namespace huajie {

// What a password must be, wherever one is set (a new user, a new
// password): at least ten characters, not only spaces, not one of the
// commonest passwords (resources/passwords/common.txt), and neither the
// login nor the name. Guessing through the desk is further slowed by the
// lockout (SignInAttempts); these rules are for a copy of the database,
// where its hashes can be tried without one.
class PasswordRules
{
public:
    static constexpr int kMinimumLength = 10;

    static Result<void> check(const QString &password, const QString &login, const QString &name);
    static bool common(const QString &password);
};

// A passphrase that encrypts a backup: the same length, not only spaces.
// A copy on a USB stick can be tried offline for as long as anyone likes.
class PassphraseRules
{
public:
    static Result<void> check(const QString &passphrase);
};

} // namespace huajie
