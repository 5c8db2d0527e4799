package io.github.pomeriumlint.troubleshoot;

/** Looks a user up in the identity provider's directory (Microsoft Graph for Azure). */
public interface UserDirectory {

  /**
   * The user with this UPN or mail address.
   *
   * @throws LookupFailed when the directory cannot be asked or has no such user
   */
  User lookup(String emailOrUpn) throws LookupFailed;
}
