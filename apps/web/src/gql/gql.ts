/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Me {\n    me {\n      ...PersonFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  query MyNetworkInvitations {\n    myNetworkInvitations {\n      ...RoleInvitationFields\n    }\n  }\n": typeof types.MyNetworkInvitationsDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n      isDefault\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  fragment PersonFields on Person {\n    id\n    displayName\n    pronouns\n    bio\n    locale\n    email\n    emailVerified\n    hasPassword\n    isPlatformAdmin\n  }\n": typeof types.PersonFieldsFragmentDoc,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": typeof types.ResendVerificationEmailDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation RespondToNetworkInvitation($input: RespondToNetworkInvitationInput!) {\n    respondToNetworkInvitation(input: $input) {\n      ...RoleInvitationFields\n    }\n  }\n": typeof types.RespondToNetworkInvitationDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      delivery\n      isDefault\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input)\n  }\n": typeof types.SetPasswordDocument,
    "\n  mutation SignInWithLink($input: SignInWithLinkInput!) {\n    signInWithLink(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.SignInWithLinkDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n": typeof types.SignUpDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  query AuditEvents($first: Int!, $after: String, $action: AuditAction) {\n    auditEvents(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          subjectType\n          subjectId\n          subjectName\n          detail\n          mentions {\n            key\n            name\n          }\n          createdAt\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  mutation DecideNetworkClaim($input: DecideNetworkClaimInput!) {\n    decideNetworkClaim(input: $input) {\n      ...NetworkClaimFields\n    }\n  }\n": typeof types.DecideNetworkClaimDocument,
    "\n  fragment NetworkClaimFields on NetworkClaim {\n    id\n    status\n    message\n    createdAt\n    claimantName\n    claimantEmail\n    network {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.NetworkClaimFieldsFragmentDoc,
    "\n  query PendingNetworkClaims {\n    pendingNetworkClaims {\n      ...NetworkClaimFields\n    }\n  }\n": typeof types.PendingNetworkClaimsDocument,
    "\n  fragment AskOfferFields on AskOffer {\n    id\n    side\n    kind\n    title\n    description\n    themes\n    area\n    endsOn\n    status\n    createdAt\n    closedAt\n    viewerMayEdit\n    network {\n      id\n      slug\n      name\n    }\n    postedBy {\n      id\n      displayName\n    }\n    gathering {\n      id\n      title\n      slug\n    }\n    metByOffer {\n      id\n      title\n    }\n    metByNetwork {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.AskOfferFieldsFragmentDoc,
    "\n  query AsksOffers($filter: AskOfferFilterInput, $first: Int, $after: String) {\n    asksOffers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AskOfferFields\n        }\n      }\n    }\n  }\n": typeof types.AsksOffersDocument,
    "\n  query AskOffer($id: UUID!) {\n    askOffer(id: $id) {\n      ...AskOfferFields\n    }\n    askOfferMatches(id: $id, first: 10) {\n      score\n      isGood\n      sameNetwork\n      introductionConversationId\n      match {\n        ...AskOfferFields\n      }\n    }\n  }\n": typeof types.AskOfferDocument,
    "\n  query MyPostingNetworks {\n    myNetworks {\n      id\n      name\n      viewerRoles\n    }\n  }\n": typeof types.MyPostingNetworksDocument,
    "\n  mutation PostAskOffer($input: PostAskOfferInput!) {\n    postAskOffer(input: $input) {\n      ...AskOfferFields\n    }\n  }\n": typeof types.PostAskOfferDocument,
    "\n  mutation CloseAskOffer($input: CloseAskOfferInput!) {\n    closeAskOffer(input: $input) {\n      ...AskOfferFields\n    }\n  }\n": typeof types.CloseAskOfferDocument,
    "\n  mutation IntroduceAskOffer($input: AskAndOfferInput!) {\n    introduceAskOffer(input: $input) {\n      conversationId\n      isNew\n    }\n  }\n": typeof types.IntroduceAskOfferDocument,
    "\n  mutation MarkAskMet($input: AskAndOfferInput!) {\n    markAskMet(input: $input) {\n      ...AskOfferFields\n    }\n  }\n": typeof types.MarkAskMetDocument,
    "\n  query GatheringAsksOffers($gatheringId: UUID!) {\n    asksOffers(filter: { gatheringId: $gatheringId }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          side\n          title\n          status\n        }\n      }\n    }\n  }\n": typeof types.GatheringAsksOffersDocument,
    "\n  mutation UpdateAskOffer($input: UpdateAskOfferInput!) {\n    updateAskOffer(input: $input) {\n      ...AskOfferFields\n    }\n  }\n": typeof types.UpdateAskOfferDocument,
    "\n  query NetworkReciprocity($networkId: UUID!) {\n    networkReciprocity(networkId: $networkId) {\n      metForCount\n      metByCount\n      metFor {\n        count\n        network {\n          id\n          name\n          slug\n        }\n      }\n      metBy {\n        count\n        network {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n": typeof types.NetworkReciprocityDocument,
    "\n  mutation AddPost($input: AddPostInput!) {\n    addPost(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.AddPostDocument,
    "\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    title\n    isSeeded\n    lockedAt\n    postCount\n    lastSeq\n    lastPostAt\n    viewerFollows\n    viewerModerates\n    viewerLastReadSeq\n    unreadCount\n    gathering {\n      id\n      name\n      slug\n    }\n    session {\n      id\n      name\n    }\n    network {\n      id\n      name\n      slug\n    }\n    startedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.ConversationFieldsFragmentDoc,
    "\n  query ConversationInvitation($code: String!) {\n    conversationInvitation(code: $code) {\n      code\n      conversationTitle\n    }\n  }\n": typeof types.ConversationInvitationDocument,
    "\n  subscription ConversationUpdates($conversationId: UUID!) {\n    conversationUpdates(conversationId: $conversationId) {\n      conversation {\n        ...ConversationFields\n      }\n      posts {\n        ...PostFields\n      }\n    }\n  }\n": typeof types.ConversationUpdatesDocument,
    "\n  query Conversation($id: UUID!, $first: Int, $after: String) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n    posts(conversationId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PostFields\n        }\n      }\n    }\n  }\n": typeof types.ConversationDocument,
    "\n  query Conversations($gatheringId: UUID, $following: Boolean, $first: Int, $after: String) {\n    conversations(gatheringId: $gatheringId, following: $following, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ConversationFields\n        }\n      }\n    }\n  }\n": typeof types.ConversationsDocument,
    "\n  mutation CreateConversationInvitation($input: ConversationIdInput!) {\n    createConversationInvitation(input: $input) {\n      code\n      conversationTitle\n    }\n  }\n": typeof types.CreateConversationInvitationDocument,
    "\n  mutation DeletePost($input: PostIdInput!) {\n    deletePost(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.DeletePostDocument,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.EditPostDocument,
    "\n  mutation FollowConversation($input: FollowConversationInput!) {\n    followConversation(input: $input) {\n      ...ConversationFields\n    }\n  }\n": typeof types.FollowConversationDocument,
    "\n  mutation HidePost($input: HidePostInput!) {\n    hidePost(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.HidePostDocument,
    "\n  mutation JoinConversation($code: String!) {\n    joinConversation(code: $code) {\n      ...ConversationFields\n    }\n  }\n": typeof types.JoinConversationDocument,
    "\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) {\n      ...ConversationFields\n    }\n  }\n": typeof types.MarkConversationReadDocument,
    "\n  query Mentionables($conversationId: UUID!, $search: String!) {\n    mentionables(conversationId: $conversationId, search: $search) {\n      people {\n        id\n        displayName\n      }\n      networks {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MentionablesDocument,
    "\n  fragment PostFields on Post {\n    id\n    seq\n    parentId\n    body\n    isQuestion\n    replyCount\n    createdAt\n    editedAt\n    deletedAt\n    author {\n      id\n      displayName\n    }\n    hidden {\n      reason\n      hiddenAt\n    }\n    mentionedPeople {\n      id\n      displayName\n    }\n    mentionedNetworks {\n      id\n      name\n      slug\n    }\n    reactions {\n      reaction\n      count\n      mine\n    }\n  }\n": typeof types.PostFieldsFragmentDoc,
    "\n  query PostHistory($postId: UUID!) {\n    postHistory(postId: $postId) {\n      body\n      writtenAt\n      editedAt\n    }\n  }\n": typeof types.PostHistoryDocument,
    "\n  query Posts($id: UUID!, $first: Int, $after: String) {\n    posts(conversationId: $id, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PostFields\n        }\n      }\n    }\n  }\n": typeof types.PostsDocument,
    "\n  mutation ReactToPost($input: ReactInput!) {\n    reactToPost(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.ReactToPostDocument,
    "\n  mutation SetConversationLocked($input: SetConversationLockedInput!) {\n    setConversationLocked(input: $input) {\n      ...ConversationFields\n    }\n  }\n": typeof types.SetConversationLockedDocument,
    "\n  mutation StartConversation($input: StartConversationInput!) {\n    startConversation(input: $input) {\n      ...ConversationFields\n    }\n  }\n": typeof types.StartConversationDocument,
    "\n  mutation AnswerFeedback($input: AnswerFeedbackInput!) {\n    answerFeedback(input: $input) {\n      ...FeedbackFormFields\n    }\n  }\n": typeof types.AnswerFeedbackDocument,
    "\n  fragment FeedbackFormFields on FeedbackForm {\n    gatheringId\n    gatheringTitle\n    gatheringSlug\n    stage\n    open\n    closesAt\n    asksBefore\n    viewerMayAnswer\n    viewerIsConvener\n    questionsLocked\n    questions {\n      id\n      kind\n      prompt\n    }\n    myAnswer {\n      networking\n      knowledge\n      confidence\n      trust\n      support\n      newPeopleMet\n      comment\n      answers {\n        questionId\n        scale\n        text\n      }\n      updatedAt\n    }\n  }\n": typeof types.FeedbackFormFieldsFragmentDoc,
    "\n  query FeedbackForm($gatheringId: UUID!, $stage: FeedbackStage!) {\n    feedbackForm(gatheringId: $gatheringId, stage: $stage) {\n      ...FeedbackFormFields\n    }\n  }\n": typeof types.FeedbackFormDocument,
    "\n  query FeedbackResults($gatheringId: UUID!, $stage: FeedbackStage!) {\n    feedbackResults(gatheringId: $gatheringId, stage: $stage) {\n      gatheringId\n      stage\n      fewestShown\n      enoughAnswers\n      participants\n      answered\n      responseRate\n      scales {\n        scale\n        questionId\n        prompt\n        shown\n        answered\n        mean\n        counts\n      }\n      newPeopleAnswered\n      newPeopleTotal\n      newPeopleMean\n      texts {\n        questionId\n        prompt\n        texts\n      }\n      series {\n        startGatheringTitle\n        startGatheringSlug\n        beforeAnswered\n        paired\n        scales {\n          scale\n          before\n          after\n          change\n        }\n      }\n    }\n  }\n": typeof types.FeedbackResultsDocument,
    "\n  mutation AddFeedbackQuestion($input: AddFeedbackQuestionInput!) {\n    addFeedbackQuestion(input: $input) {\n      ...FeedbackFormFields\n    }\n  }\n": typeof types.AddFeedbackQuestionDocument,
    "\n  mutation RemoveFeedbackQuestion($questionId: UUID!) {\n    removeFeedbackQuestion(questionId: $questionId) {\n      ...FeedbackFormFields\n    }\n  }\n": typeof types.RemoveFeedbackQuestionDocument,
    "\n  mutation SetFeedbackBefore($input: SetFeedbackBeforeInput!) {\n    setFeedbackBefore(input: $input) {\n      ...FeedbackFormFields\n    }\n  }\n": typeof types.SetFeedbackBeforeDocument,
    "\n  mutation CancelRegistration($input: GatheringIdInput!) {\n    cancelRegistration(input: $input) {\n      ...RegistrationFields\n    }\n  }\n": typeof types.CancelRegistrationDocument,
    "\n  query CheckInCode($gatheringId: UUID!) {\n    checkInCode(gatheringId: $gatheringId) {\n      gatheringId\n      code\n      path\n    }\n  }\n": typeof types.CheckInCodeDocument,
    "\n  mutation CheckInPerson($input: RegistrationIdInput!) {\n    checkInPerson(input: $input) {\n      ...RegistrationFields\n    }\n  }\n": typeof types.CheckInPersonDocument,
    "\n  mutation UndoCheckIn($input: RegistrationIdInput!) {\n    undoCheckIn(input: $input) {\n      ...RegistrationFields\n    }\n  }\n": typeof types.UndoCheckInDocument,
    "\n  mutation CheckInWithCode($input: CheckInWithCodeInput!) {\n    checkInWithCode(input: $input) {\n      ...RegistrationFields\n    }\n  }\n": typeof types.CheckInWithCodeDocument,
    "\n  query CoConveners($slug: String!) {\n    gathering(slug: $slug) {\n      id\n      convenedBy {\n        ...NetworkSummaryFields\n      }\n      pendingCoConveners {\n        ...NetworkSummaryFields\n      }\n    }\n  }\n": typeof types.CoConvenersDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed\n  }\n": typeof types.CreateCalendarFeedDocument,
    "\n  mutation CreateFollowUp($input: CreateFollowUpInput!) {\n    createFollowUp(input: $input) {\n      ...GatheringFields\n    }\n  }\n": typeof types.CreateFollowUpDocument,
    "\n  mutation CreateGathering($input: CreateGatheringInput!) {\n    createGathering(input: $input) {\n      ...GatheringFields\n    }\n  }\n": typeof types.CreateGatheringDocument,
    "\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      ...InvitationFields\n    }\n  }\n": typeof types.CreateInvitationDocument,
    "\n  mutation DecideRegistration($input: DecideRegistrationInput!) {\n    decideRegistration(input: $input) {\n      ...RegistrationFields\n    }\n  }\n": typeof types.DecideRegistrationDocument,
    "\n  query DelegatePlaces($gatheringId: UUID!) {\n    delegatePlaces(gatheringId: $gatheringId) {\n      places\n      delegates\n      network {\n        ...NetworkSummaryFields\n      }\n    }\n  }\n": typeof types.DelegatePlacesDocument,
    "\n  fragment GatheringFields on Gathering {\n    id\n    slug\n    title\n    purpose\n    format\n    venue\n    onlineUrl\n    startsAt\n    endsAt\n    timeZone\n    capacity\n    placesLeft\n    registrationMode\n    accessFeatures\n    accessNotes\n    status\n    viewerIsConvener\n    convenedBy {\n      ...NetworkSummaryFields\n    }\n    viewerRegistration {\n      ...RegistrationFields\n    }\n    followsUp {\n      ...GatheringLinkFields\n    }\n    followedUpBy {\n      ...GatheringLinkFields\n    }\n  }\n": typeof types.GatheringFieldsFragmentDoc,
    "\n  fragment GatheringLinkFields on GatheringLink {\n    id\n    slug\n    title\n    startsAt\n    status\n  }\n": typeof types.GatheringLinkFieldsFragmentDoc,
    "\n  query GatheringParticipants($gatheringId: UUID!, $search: String, $first: Int) {\n    gatheringParticipants(gatheringId: $gatheringId, search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          personId\n          displayName\n          networks {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.GatheringParticipantsDocument,
    "\n  query GatheringRegistrations($gatheringId: UUID!) {\n    gatheringRegistrations(gatheringId: $gatheringId) {\n      ...RegistrationFields\n      representingNetworks {\n        id\n        name\n      }\n      membersOnlyNetworkCount\n    }\n  }\n": typeof types.GatheringRegistrationsDocument,
    "\n  query Gathering($slug: String!) {\n    gathering(slug: $slug) {\n      ...GatheringFields\n    }\n  }\n": typeof types.GatheringDocument,
    "\n  fragment InvitationFields on GatheringInvitation {\n    id\n    code\n    url\n    gatheringId\n    issuedByName\n    networkName\n    isExpired\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  query InvitationTree($gatheringId: UUID!) {\n    invitationTree(gatheringId: $gatheringId) {\n      networksReached\n      maxDepth\n      registrationsThroughInvitations\n      nodes {\n        id\n        parentId\n        depth\n        issuedByName\n        networkName\n        registrations\n        branchRegistrations\n      }\n    }\n  }\n": typeof types.InvitationTreeDocument,
    "\n  query Invitation($code: String!) {\n    invitation(code: $code) {\n      ...InvitationFields\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation InviteByEmail($input: InviteByEmailInput!) {\n    inviteByEmail(input: $input) {\n      sent\n      alreadyRegistered\n      invalid {\n        line\n        value\n        reason\n      }\n    }\n  }\n": typeof types.InviteByEmailDocument,
    "\n  mutation InviteCoConvener($input: InviteCoConvenerInput!) {\n    inviteCoConvener(input: $input) {\n      id\n      pendingCoConveners {\n        ...NetworkSummaryFields\n      }\n    }\n  }\n": typeof types.InviteCoConvenerDocument,
    "\n  query MyCoConveningInvitations {\n    myCoConveningInvitations {\n      gathering {\n        id\n        slug\n        title\n        startsAt\n        endsAt\n        timeZone\n      }\n      network {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyCoConveningInvitationsDocument,
    "\n  query MyGatherings($past: Boolean!) {\n    myGatherings(past: $past) {\n      id\n      slug\n      title\n      startsAt\n      endsAt\n      timeZone\n      status\n      viewerIsConvener\n      viewerRegistration {\n        id\n        status\n        waitlistPosition\n      }\n    }\n  }\n": typeof types.MyGatheringsDocument,
    "\n  query MyInvitations($gatheringId: UUID!) {\n    myInvitations(gatheringId: $gatheringId) {\n      ...InvitationFields\n      expiresAt\n    }\n  }\n": typeof types.MyInvitationsDocument,
    "\n  query MyNetworks {\n    myNetworks {\n      id\n      name\n      viewerRoles\n    }\n  }\n": typeof types.MyNetworksDocument,
    "\n  query NetworkMembers($slug: String!) {\n    network(slug: $slug) {\n      id\n      people {\n        role\n        person {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.NetworkMembersDocument,
    "\n  mutation NominateDelegate($input: NominateDelegateInput!) {\n    nominateDelegate(input: $input) {\n      ...RegistrationFields\n    }\n  }\n": typeof types.NominateDelegateDocument,
    "\n  mutation RegenerateCheckInCode($input: GatheringIdInput!) {\n    regenerateCheckInCode(input: $input) {\n      gatheringId\n      code\n      path\n    }\n  }\n": typeof types.RegenerateCheckInCodeDocument,
    "\n  mutation RegisterForGathering($input: RegisterForGatheringInput!) {\n    registerForGathering(input: $input) {\n      ...RegistrationFields\n    }\n  }\n": typeof types.RegisterForGatheringDocument,
    "\n  fragment RegistrationFields on Registration {\n    id\n    gatheringId\n    personId\n    personName\n    status\n    waitlistPosition\n    accessNeeds\n    shareAccessNeeds\n    representingNetworkIds\n    checkIn {\n      method\n      checkedInAt\n    }\n  }\n": typeof types.RegistrationFieldsFragmentDoc,
    "\n  mutation RespondToCoConvening($input: RespondToCoConveningInput!) {\n    respondToCoConvening(input: $input) {\n      ...GatheringFields\n    }\n  }\n": typeof types.RespondToCoConveningDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  mutation SetDelegatePlaces($input: SetDelegatePlacesInput!) {\n    setDelegatePlaces(input: $input) {\n      places\n      delegates\n      network {\n        ...NetworkSummaryFields\n      }\n    }\n  }\n": typeof types.SetDelegatePlacesDocument,
    "\n  mutation SetGatheringStatus($input: SetGatheringStatusInput!) {\n    setGatheringStatus(input: $input) {\n      ...GatheringFields\n    }\n  }\n": typeof types.SetGatheringStatusDocument,
    "\n  mutation UpdateGathering($input: UpdateGatheringInput!) {\n    updateGathering(input: $input) {\n      ...GatheringFields\n    }\n  }\n": typeof types.UpdateGatheringDocument,
    "\n  query WhosMissing($gatheringId: UUID!) {\n    whosMissing(gatheringId: $gatheringId) {\n      networks {\n        id\n        name\n        slug\n      }\n      sectors\n      regions\n      registered\n      came\n      notComeByNetwork {\n        network {\n          id\n          name\n          slug\n        }\n        registered\n        came\n      }\n      sectorsNotCome\n    }\n  }\n": typeof types.WhosMissingDocument,
    "\n  fragment HarvestFields on Harvest {\n    gatheringId\n    gatheringTitle\n    gatheringSlug\n    status\n    visibility\n    version\n    publishedAt\n    viewerMayEdit\n    themes {\n      heading\n      body\n    }\n    sessions {\n      id\n      title\n      hostName\n      spaceName\n      slotLabel\n      slotStartsAt\n      slotEndsAt\n      tookPart\n      notes {\n        text\n        authorName\n      }\n      actions {\n        id\n        what\n        ownerName\n        dueOn\n        done\n      }\n    }\n  }\n": typeof types.HarvestFieldsFragmentDoc,
    "\n  query Harvest($gatheringId: UUID!) {\n    harvest(gatheringId: $gatheringId) {\n      ...HarvestFields\n    }\n  }\n": typeof types.HarvestDocument,
    "\n  mutation MarkActionDone($input: SetActionDoneInput!) {\n    setActionDone(input: $input) {\n      id\n      done\n    }\n  }\n": typeof types.MarkActionDoneDocument,
    "\n  query MyActions {\n    myActions {\n      id\n      what\n      dueOn\n      done\n      sessionTitle\n      gatheringId\n      gatheringTitle\n      gatheringSlug\n    }\n  }\n": typeof types.MyActionsDocument,
    "\n  mutation SaveHarvest($input: SaveHarvestInput!) {\n    saveHarvest(input: $input) {\n      ...HarvestFields\n    }\n  }\n": typeof types.SaveHarvestDocument,
    "\n  mutation SetHarvestStatus($input: SetHarvestStatusInput!) {\n    setHarvestStatus(input: $input) {\n      ...HarvestFields\n    }\n  }\n": typeof types.SetHarvestStatusDocument,
    "\n  fragment ImpactFields on Impact {\n    subjectKind\n    slug\n    name\n    periodKind\n    fullView\n    mayPublish\n    published\n    shown\n    fewestPeopleShown\n    gatheringCount\n    networkCount\n    bridgingNetworks\n    bridgingEstimated\n    bridgingSince\n    periods {\n      key\n      label\n      startsAt\n      figures {\n        ...ImpactFigureFields\n      }\n    }\n    total {\n      key\n      label\n      startsAt\n      figures {\n        ...ImpactFigureFields\n      }\n    }\n  }\n": typeof types.ImpactFieldsFragmentDoc,
    "\n  fragment ImpactFigureFields on ImpactFigure {\n    measure\n    name\n    scale\n    suppressed\n    value\n  }\n": typeof types.ImpactFigureFieldsFragmentDoc,
    "\n  query GatheringImpact($slug: String!) {\n    gatheringImpact(slug: $slug) {\n      ...ImpactFields\n    }\n  }\n": typeof types.GatheringImpactDocument,
    "\n  query NetworkImpact($slug: String!) {\n    networkImpact(slug: $slug) {\n      ...ImpactFields\n    }\n    # The network's id, which choosing what it publishes needs.\n    network(slug: $slug) {\n      id\n    }\n  }\n": typeof types.NetworkImpactDocument,
    "\n  query CoalitionImpact($slug: String!) {\n    coalitionImpact(slug: $slug) {\n      ...ImpactFields\n    }\n    network(slug: $slug) {\n      id\n    }\n  }\n": typeof types.CoalitionImpactDocument,
    "\n  mutation SetImpactPublications($input: SetImpactPublicationsInput!) {\n    setImpactPublications(input: $input) {\n      networkId\n      measures\n    }\n  }\n": typeof types.SetImpactPublicationsDocument,
    "\n  mutation ClaimNetwork($input: ClaimNetworkInput!) {\n    claimNetwork(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ClaimNetworkDocument,
    "\n  mutation CloseNetwork($input: CloseNetworkInput!) {\n    closeNetwork(input: $input) {\n      ...NetworkFields\n    }\n  }\n": typeof types.CloseNetworkDocument,
    "\n  query DirectoryGraph($search: String, $filter: NetworkFilter) {\n    directoryGraph(search: $search, filter: $filter) {\n      ...NetworkGraphFields\n    }\n  }\n": typeof types.DirectoryGraphDocument,
    "\n  mutation EndMembership($input: EndMembershipInput!) {\n    endMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n": typeof types.EndMembershipDocument,
    "\n  mutation HandOverRole($input: HandOverRoleInput!) {\n    handOverRole(input: $input)\n  }\n": typeof types.HandOverRoleDocument,
    "\n  mutation InviteToNetwork($input: InviteToNetworkInput!) {\n    inviteToNetwork(input: $input) {\n      ...RoleInvitationFields\n    }\n  }\n": typeof types.InviteToNetworkDocument,
    "\n  mutation ListNetwork($input: ListNetworkInput!) {\n    listNetwork(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.ListNetworkDocument,
    "\n  fragment MembershipFields on NetworkMembership {\n    id\n    status\n    tieType\n    since\n    until\n    createdAt\n    member {\n      ...NetworkSummaryFields\n    }\n    parent {\n      ...NetworkSummaryFields\n    }\n  }\n": typeof types.MembershipFieldsFragmentDoc,
    "\n  fragment NetworkCardFields on Network {\n    id\n    slug\n    name\n    kind\n    purpose\n    themes\n    area {\n      placeName\n      region\n    }\n    isClosed\n    memberCount\n    createdAt\n    publishedImpact\n  }\n": typeof types.NetworkCardFieldsFragmentDoc,
    "\n  fragment NetworkFields on Network {\n    id\n    slug\n    name\n    kind\n    purpose\n    values\n    description\n    themes\n    sectors\n    area {\n      placeName\n      region\n      latitude\n      longitude\n    }\n    scope\n    lifecycleStage\n    isClosed\n    closingNote\n    visibility\n    website\n    contact\n    memberCount\n    viewerRoles\n    createdAt\n  }\n": typeof types.NetworkFieldsFragmentDoc,
    "\n  fragment NetworkGraphFields on NetworkGraph {\n    nodeCount\n    edgeCount\n    outsideTieCount\n    isBetweennessEstimated\n    nodes {\n      id\n      slug\n      name\n      kind\n      region\n      isClosed\n      degree\n      betweenness\n      isBridge\n      cluster\n    }\n    edges {\n      id\n      source\n      target\n      tieType\n    }\n  }\n": typeof types.NetworkGraphFieldsFragmentDoc,
    "\n  query NetworkGraph($slug: String!, $depth: Int) {\n    networkGraph(slug: $slug, depth: $depth) {\n      ...NetworkGraphFields\n    }\n  }\n": typeof types.NetworkGraphDocument,
    "\n  query NetworkManage($slug: String!) {\n    network(slug: $slug) {\n      ...NetworkFields\n      ...NetworkRelationsFields\n      handshakes {\n        ...MembershipFields\n      }\n      pendingInvitations {\n        ...RoleInvitationFields\n      }\n    }\n  }\n": typeof types.NetworkManageDocument,
    "\n  query NetworkPeopleHistory($slug: String!) {\n    network(slug: $slug) {\n      id\n      people(includePast: true) {\n        ...RoleHolderFields\n      }\n    }\n  }\n": typeof types.NetworkPeopleHistoryDocument,
    "\n  query NetworkPicker($search: String!) {\n    networks(search: $search, first: 8, sort: RELEVANCE) {\n      edges {\n        node {\n          id\n          slug\n          name\n          kind\n          isClosed\n        }\n      }\n    }\n  }\n": typeof types.NetworkPickerDocument,
    "\n  fragment NetworkRelationsFields on Network {\n    id\n    isClaimed\n    memberNetworks {\n      ...MembershipFields\n    }\n    coalitions {\n      depth\n      network {\n        ...NetworkSummaryFields\n      }\n    }\n    people {\n      ...RoleHolderFields\n    }\n    lifecycleHistory {\n      stage\n      note\n      at\n    }\n  }\n": typeof types.NetworkRelationsFieldsFragmentDoc,
    "\n  fragment NetworkSummaryFields on NetworkSummary {\n    id\n    slug\n    name\n    kind\n    isClosed\n  }\n": typeof types.NetworkSummaryFieldsFragmentDoc,
    "\n  query Network($slug: String!) {\n    network(slug: $slug) {\n      ...NetworkFields\n      ...NetworkRelationsFields\n    }\n  }\n": typeof types.NetworkDocument,
    "\n  query NetworksDirectory($search: String, $filter: NetworkFilter, $sort: NetworkSort!, $first: Int!, $after: String) {\n    networks(search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...NetworkCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        kinds {\n          value\n          count\n        }\n        sectors {\n          value\n          count\n        }\n        scopes {\n          value\n          count\n        }\n        lifecycleStages {\n          value\n          count\n        }\n        regions {\n          value\n          count\n        }\n        themes {\n          value\n          count\n        }\n      }\n    }\n  }\n": typeof types.NetworksDirectoryDocument,
    "\n  mutation ProposeMembership($input: ProposeMembershipInput!) {\n    proposeMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n": typeof types.ProposeMembershipDocument,
    "\n  mutation RegisterNetwork($input: RegisterNetworkInput!) {\n    registerNetwork(input: $input) {\n      ...NetworkFields\n    }\n  }\n": typeof types.RegisterNetworkDocument,
    "\n  mutation RemoveNetworkRole($input: RemoveNetworkRoleInput!) {\n    removeNetworkRole(input: $input)\n  }\n": typeof types.RemoveNetworkRoleDocument,
    "\n  mutation RespondToMembership($input: RespondToMembershipInput!) {\n    respondToMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n": typeof types.RespondToMembershipDocument,
    "\n  fragment RoleHolderFields on NetworkRoleHolder {\n    role\n    since\n    until\n    person {\n      id\n      displayName\n      pronouns\n    }\n  }\n": typeof types.RoleHolderFieldsFragmentDoc,
    "\n  fragment RoleInvitationFields on NetworkRoleInvitation {\n    id\n    email\n    role\n    status\n    createdAt\n    invitedByName\n    networkId\n    networkName\n    networkSlug\n  }\n": typeof types.RoleInvitationFieldsFragmentDoc,
    "\n  mutation UpdateNetwork($input: UpdateNetworkInput!) {\n    updateNetwork(input: $input) {\n      ...NetworkFields\n    }\n  }\n": typeof types.UpdateNetworkDocument,
    "\n  mutation AnswerTie($input: RespondToMembershipInput!) {\n    respondToMembership(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.AnswerTieDocument,
    "\n  subscription InboxUpdates {\n    inboxUpdates {\n      unreadCount\n      latest {\n        id\n      }\n    }\n  }\n": typeof types.InboxUpdatesDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  mutation MarkNotificationRead($input: NotificationIdInput!) {\n    markNotificationRead(input: $input) {\n      id\n      read\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    read\n    createdAt\n    subjectType\n    subjectId\n    actor {\n      id\n      displayName\n    }\n    facts {\n      title\n      slug\n      networkName\n      networkSlug\n      networkId\n      otherNetworkName\n      otherNetworkSlug\n      path\n      role\n      answer\n      side\n    }\n    tie {\n      id\n      status\n    }\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation AddAction($input: AddActionInput!) {\n    addAction(input: $input) {\n      ...ActionFields\n    }\n  }\n": typeof types.AddActionDocument,
    "\n  mutation AddNote($input: AddNoteInput!) {\n    addNote(input: $input) {\n      ...NoteFields\n    }\n  }\n": typeof types.AddNoteDocument,
    "\n  mutation ApplySchedule($input: ApplyScheduleInput!) {\n    applySchedule(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.ApplyScheduleDocument,
    "\n  mutation CarryOnSession($input: CarryOnSessionInput!) {\n    carryOnSession(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.CarryOnSessionDocument,
    "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      name\n      capacity\n      tags\n      videoUrl\n    }\n  }\n": typeof types.CreateSpaceDocument,
    "\n  mutation CreateTimeSlot($input: CreateTimeSlotInput!) {\n    createTimeSlot(input: $input) {\n      id\n      startsAt\n      endsAt\n      label\n    }\n  }\n": typeof types.CreateTimeSlotDocument,
    "\n  mutation DeleteSpace($input: SpaceIdInput!) {\n    deleteSpace(input: $input)\n  }\n": typeof types.DeleteSpaceDocument,
    "\n  mutation DeleteTimeSlot($input: TimeSlotIdInput!) {\n    deleteTimeSlot(input: $input)\n  }\n": typeof types.DeleteTimeSlotDocument,
    "\n  mutation EditNote($input: EditNoteInput!) {\n    editNote(input: $input) {\n      ...NoteFields\n    }\n  }\n": typeof types.EditNoteDocument,
    "\n  mutation JoinRoom($input: SessionIdInput!) {\n    joinRoom(input: $input) {\n      ...PresenceFields\n    }\n  }\n": typeof types.JoinRoomDocument,
    "\n  mutation JoinSomewhereNew($input: GatheringIdInput!) {\n    joinSomewhereNew(input: $input) {\n      ...PresenceFields\n    }\n  }\n": typeof types.JoinSomewhereNewDocument,
    "\n  mutation LeaveRoom($input: GatheringIdInput!) {\n    leaveRoom(input: $input) {\n      ...PresenceFields\n    }\n  }\n": typeof types.LeaveRoomDocument,
    "\n  mutation MergeSessions($input: MergeSessionsInput!) {\n    mergeSessions(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.MergeSessionsDocument,
    "\n  query MyPresence($gatheringId: UUID!) {\n    myPresence(gatheringId: $gatheringId) {\n      ...PresenceFields\n    }\n  }\n": typeof types.MyPresenceDocument,
    "\n  mutation PlaceSession($input: PlaceSessionInput!) {\n    placeSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.PlaceSessionDocument,
    "\n  fragment PresenceFields on Presence {\n    gatheringId\n    session {\n      ...SessionFields\n    }\n  }\n": typeof types.PresenceFieldsFragmentDoc,
    "\n  mutation ProposeSession($input: ProposeSessionInput!) {\n    proposeSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.ProposeSessionDocument,
    "\n  fragment NoteFields on Note {\n    id\n    sessionId\n    text\n    author {\n      id\n      displayName\n    }\n    version\n    createdAt\n    updatedAt\n  }\n": typeof types.NoteFieldsFragmentDoc,
    "\n  fragment ActionFields on Action {\n    id\n    sessionId\n    what\n    ownerName\n    ownerId\n    dueOn\n    done\n    createdAt\n  }\n": typeof types.ActionFieldsFragmentDoc,
    "\n  fragment RoomFields on Room {\n    gatheringStatus\n    session {\n      ...SessionFields\n      space {\n        id\n        name\n        tags\n        videoUrl\n      }\n      slot {\n        id\n        startsAt\n        endsAt\n        label\n      }\n    }\n    people {\n      id\n      displayName\n    }\n    whoCame {\n      id\n      displayName\n    }\n    notes {\n      ...NoteFields\n    }\n    actions {\n      ...ActionFields\n    }\n  }\n": typeof types.RoomFieldsFragmentDoc,
    "\n  subscription RoomUpdates($sessionId: UUID!) {\n    roomUpdates(sessionId: $sessionId) {\n      snapshot {\n        ...RoomFields\n      }\n      notes {\n        ...NoteFields\n      }\n      actions {\n        ...ActionFields\n      }\n    }\n  }\n": typeof types.RoomUpdatesDocument,
    "\n  query Room($sessionId: UUID!) {\n    room(sessionId: $sessionId) {\n      ...RoomFields\n    }\n  }\n": typeof types.RoomDocument,
    "\n  fragment SessionFields on Session {\n    id\n    gatheringId\n    title\n    description\n    needs\n    host {\n      id\n      displayName\n    }\n    slotId\n    spaceId\n    capacity\n    headcount\n    interestCount\n    mergedIntoId\n    version\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation SetActionDone($input: SetActionDoneInput!) {\n    setActionDone(input: $input) {\n      ...ActionFields\n    }\n  }\n": typeof types.SetActionDoneDocument,
    "\n  mutation StarSession($input: StarSessionInput!) {\n    starSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.StarSessionDocument,
    "\n  query SuggestSchedule($gatheringId: UUID!) {\n    suggestSchedule(gatheringId: $gatheringId) {\n      placements {\n        sessionId\n        slotId\n        spaceId\n      }\n      unplaced {\n        sessionId\n        code\n        reason\n      }\n    }\n  }\n": typeof types.SuggestScheduleDocument,
    "\n  mutation UnplaceSession($input: SessionIdInput!) {\n    unplaceSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.UnplaceSessionDocument,
    "\n  fragment WallFields on Wall {\n    gatheringId\n    gatheringStatus\n    serverTime\n    spaces {\n      id\n      name\n      capacity\n      tags\n      videoUrl\n    }\n    slots {\n      id\n      startsAt\n      endsAt\n      label\n    }\n    sessions {\n      ...SessionFields\n    }\n    starredSessionIds\n  }\n": typeof types.WallFieldsFragmentDoc,
    "\n  subscription WallUpdates($gatheringId: UUID!) {\n    wallUpdates(gatheringId: $gatheringId) {\n      snapshot {\n        ...WallFields\n      }\n      sessions {\n        ...SessionFields\n      }\n    }\n  }\n": typeof types.WallUpdatesDocument,
    "\n  query Wall($gatheringId: UUID!) {\n    wall(gatheringId: $gatheringId) {\n      ...WallFields\n    }\n  }\n": typeof types.WallDocument,
    "\n  fragment ConnectionFields on Connection {\n    id\n    status\n    closeness\n    awaitsYou\n    person {\n      id\n      displayName\n    }\n    gathering {\n      id\n      slug\n      title\n      startsAt\n    }\n    theirNetworks {\n      id\n      slug\n      name\n    }\n    theirMembersOnlyNetworkCount\n    sharedGatherings {\n      id\n      slug\n      title\n      startsAt\n    }\n    sharedConversations {\n      id\n      title\n    }\n    confirmedAt\n  }\n": typeof types.ConnectionFieldsFragmentDoc,
    "\n  mutation SayWeMet($input: SayWeMetInput!) {\n    sayWeMet(input: $input) {\n      ...ConnectionFields\n    }\n  }\n": typeof types.SayWeMetDocument,
    "\n  mutation ConfirmConnection($input: ConnectionIdInput!) {\n    confirmConnection(input: $input) {\n      ...ConnectionFields\n    }\n  }\n": typeof types.ConfirmConnectionDocument,
    "\n  mutation SetConnectionCloseness($input: SetClosenessInput!) {\n    setConnectionCloseness(input: $input) {\n      id\n      closeness\n    }\n  }\n": typeof types.SetConnectionClosenessDocument,
    "\n  mutation RemoveConnection($input: ConnectionIdInput!) {\n    removeConnection(input: $input)\n  }\n": typeof types.RemoveConnectionDocument,
    "\n  query PeopleMet($first: Int, $after: String) {\n    connectionProposals {\n      ...ConnectionFields\n    }\n    peopleMet(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ConnectionFields\n        }\n      }\n    }\n  }\n": typeof types.PeopleMetDocument,
    "\n  query MetSuggestions($gatheringId: UUID!) {\n    metSuggestions(gatheringId: $gatheringId) {\n      person {\n        id\n        displayName\n      }\n      sharedRooms\n      connectionStatus\n    }\n  }\n": typeof types.MetSuggestionsDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query Me {\n    me {\n      ...PersonFields\n    }\n  }\n": types.MeDocument,
    "\n  query MyNetworkInvitations {\n    myNetworkInvitations {\n      ...RoleInvitationFields\n    }\n  }\n": types.MyNetworkInvitationsDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n      isDefault\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  fragment PersonFields on Person {\n    id\n    displayName\n    pronouns\n    bio\n    locale\n    email\n    emailVerified\n    hasPassword\n    isPlatformAdmin\n  }\n": types.PersonFieldsFragmentDoc,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": types.ResendVerificationEmailDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation RespondToNetworkInvitation($input: RespondToNetworkInvitationInput!) {\n    respondToNetworkInvitation(input: $input) {\n      ...RoleInvitationFields\n    }\n  }\n": types.RespondToNetworkInvitationDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      delivery\n      isDefault\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input)\n  }\n": types.SetPasswordDocument,
    "\n  mutation SignInWithLink($input: SignInWithLinkInput!) {\n    signInWithLink(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.SignInWithLinkDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n": types.SignUpDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  query AuditEvents($first: Int!, $after: String, $action: AuditAction) {\n    auditEvents(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          subjectType\n          subjectId\n          subjectName\n          detail\n          mentions {\n            key\n            name\n          }\n          createdAt\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  mutation DecideNetworkClaim($input: DecideNetworkClaimInput!) {\n    decideNetworkClaim(input: $input) {\n      ...NetworkClaimFields\n    }\n  }\n": types.DecideNetworkClaimDocument,
    "\n  fragment NetworkClaimFields on NetworkClaim {\n    id\n    status\n    message\n    createdAt\n    claimantName\n    claimantEmail\n    network {\n      id\n      slug\n      name\n    }\n  }\n": types.NetworkClaimFieldsFragmentDoc,
    "\n  query PendingNetworkClaims {\n    pendingNetworkClaims {\n      ...NetworkClaimFields\n    }\n  }\n": types.PendingNetworkClaimsDocument,
    "\n  fragment AskOfferFields on AskOffer {\n    id\n    side\n    kind\n    title\n    description\n    themes\n    area\n    endsOn\n    status\n    createdAt\n    closedAt\n    viewerMayEdit\n    network {\n      id\n      slug\n      name\n    }\n    postedBy {\n      id\n      displayName\n    }\n    gathering {\n      id\n      title\n      slug\n    }\n    metByOffer {\n      id\n      title\n    }\n    metByNetwork {\n      id\n      slug\n      name\n    }\n  }\n": types.AskOfferFieldsFragmentDoc,
    "\n  query AsksOffers($filter: AskOfferFilterInput, $first: Int, $after: String) {\n    asksOffers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AskOfferFields\n        }\n      }\n    }\n  }\n": types.AsksOffersDocument,
    "\n  query AskOffer($id: UUID!) {\n    askOffer(id: $id) {\n      ...AskOfferFields\n    }\n    askOfferMatches(id: $id, first: 10) {\n      score\n      isGood\n      sameNetwork\n      introductionConversationId\n      match {\n        ...AskOfferFields\n      }\n    }\n  }\n": types.AskOfferDocument,
    "\n  query MyPostingNetworks {\n    myNetworks {\n      id\n      name\n      viewerRoles\n    }\n  }\n": types.MyPostingNetworksDocument,
    "\n  mutation PostAskOffer($input: PostAskOfferInput!) {\n    postAskOffer(input: $input) {\n      ...AskOfferFields\n    }\n  }\n": types.PostAskOfferDocument,
    "\n  mutation CloseAskOffer($input: CloseAskOfferInput!) {\n    closeAskOffer(input: $input) {\n      ...AskOfferFields\n    }\n  }\n": types.CloseAskOfferDocument,
    "\n  mutation IntroduceAskOffer($input: AskAndOfferInput!) {\n    introduceAskOffer(input: $input) {\n      conversationId\n      isNew\n    }\n  }\n": types.IntroduceAskOfferDocument,
    "\n  mutation MarkAskMet($input: AskAndOfferInput!) {\n    markAskMet(input: $input) {\n      ...AskOfferFields\n    }\n  }\n": types.MarkAskMetDocument,
    "\n  query GatheringAsksOffers($gatheringId: UUID!) {\n    asksOffers(filter: { gatheringId: $gatheringId }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          side\n          title\n          status\n        }\n      }\n    }\n  }\n": types.GatheringAsksOffersDocument,
    "\n  mutation UpdateAskOffer($input: UpdateAskOfferInput!) {\n    updateAskOffer(input: $input) {\n      ...AskOfferFields\n    }\n  }\n": types.UpdateAskOfferDocument,
    "\n  query NetworkReciprocity($networkId: UUID!) {\n    networkReciprocity(networkId: $networkId) {\n      metForCount\n      metByCount\n      metFor {\n        count\n        network {\n          id\n          name\n          slug\n        }\n      }\n      metBy {\n        count\n        network {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n": types.NetworkReciprocityDocument,
    "\n  mutation AddPost($input: AddPostInput!) {\n    addPost(input: $input) {\n      ...PostFields\n    }\n  }\n": types.AddPostDocument,
    "\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    title\n    isSeeded\n    lockedAt\n    postCount\n    lastSeq\n    lastPostAt\n    viewerFollows\n    viewerModerates\n    viewerLastReadSeq\n    unreadCount\n    gathering {\n      id\n      name\n      slug\n    }\n    session {\n      id\n      name\n    }\n    network {\n      id\n      name\n      slug\n    }\n    startedBy {\n      id\n      displayName\n    }\n  }\n": types.ConversationFieldsFragmentDoc,
    "\n  query ConversationInvitation($code: String!) {\n    conversationInvitation(code: $code) {\n      code\n      conversationTitle\n    }\n  }\n": types.ConversationInvitationDocument,
    "\n  subscription ConversationUpdates($conversationId: UUID!) {\n    conversationUpdates(conversationId: $conversationId) {\n      conversation {\n        ...ConversationFields\n      }\n      posts {\n        ...PostFields\n      }\n    }\n  }\n": types.ConversationUpdatesDocument,
    "\n  query Conversation($id: UUID!, $first: Int, $after: String) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n    posts(conversationId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PostFields\n        }\n      }\n    }\n  }\n": types.ConversationDocument,
    "\n  query Conversations($gatheringId: UUID, $following: Boolean, $first: Int, $after: String) {\n    conversations(gatheringId: $gatheringId, following: $following, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ConversationFields\n        }\n      }\n    }\n  }\n": types.ConversationsDocument,
    "\n  mutation CreateConversationInvitation($input: ConversationIdInput!) {\n    createConversationInvitation(input: $input) {\n      code\n      conversationTitle\n    }\n  }\n": types.CreateConversationInvitationDocument,
    "\n  mutation DeletePost($input: PostIdInput!) {\n    deletePost(input: $input) {\n      ...PostFields\n    }\n  }\n": types.DeletePostDocument,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostFields\n    }\n  }\n": types.EditPostDocument,
    "\n  mutation FollowConversation($input: FollowConversationInput!) {\n    followConversation(input: $input) {\n      ...ConversationFields\n    }\n  }\n": types.FollowConversationDocument,
    "\n  mutation HidePost($input: HidePostInput!) {\n    hidePost(input: $input) {\n      ...PostFields\n    }\n  }\n": types.HidePostDocument,
    "\n  mutation JoinConversation($code: String!) {\n    joinConversation(code: $code) {\n      ...ConversationFields\n    }\n  }\n": types.JoinConversationDocument,
    "\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) {\n      ...ConversationFields\n    }\n  }\n": types.MarkConversationReadDocument,
    "\n  query Mentionables($conversationId: UUID!, $search: String!) {\n    mentionables(conversationId: $conversationId, search: $search) {\n      people {\n        id\n        displayName\n      }\n      networks {\n        id\n        name\n      }\n    }\n  }\n": types.MentionablesDocument,
    "\n  fragment PostFields on Post {\n    id\n    seq\n    parentId\n    body\n    isQuestion\n    replyCount\n    createdAt\n    editedAt\n    deletedAt\n    author {\n      id\n      displayName\n    }\n    hidden {\n      reason\n      hiddenAt\n    }\n    mentionedPeople {\n      id\n      displayName\n    }\n    mentionedNetworks {\n      id\n      name\n      slug\n    }\n    reactions {\n      reaction\n      count\n      mine\n    }\n  }\n": types.PostFieldsFragmentDoc,
    "\n  query PostHistory($postId: UUID!) {\n    postHistory(postId: $postId) {\n      body\n      writtenAt\n      editedAt\n    }\n  }\n": types.PostHistoryDocument,
    "\n  query Posts($id: UUID!, $first: Int, $after: String) {\n    posts(conversationId: $id, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PostFields\n        }\n      }\n    }\n  }\n": types.PostsDocument,
    "\n  mutation ReactToPost($input: ReactInput!) {\n    reactToPost(input: $input) {\n      ...PostFields\n    }\n  }\n": types.ReactToPostDocument,
    "\n  mutation SetConversationLocked($input: SetConversationLockedInput!) {\n    setConversationLocked(input: $input) {\n      ...ConversationFields\n    }\n  }\n": types.SetConversationLockedDocument,
    "\n  mutation StartConversation($input: StartConversationInput!) {\n    startConversation(input: $input) {\n      ...ConversationFields\n    }\n  }\n": types.StartConversationDocument,
    "\n  mutation AnswerFeedback($input: AnswerFeedbackInput!) {\n    answerFeedback(input: $input) {\n      ...FeedbackFormFields\n    }\n  }\n": types.AnswerFeedbackDocument,
    "\n  fragment FeedbackFormFields on FeedbackForm {\n    gatheringId\n    gatheringTitle\n    gatheringSlug\n    stage\n    open\n    closesAt\n    asksBefore\n    viewerMayAnswer\n    viewerIsConvener\n    questionsLocked\n    questions {\n      id\n      kind\n      prompt\n    }\n    myAnswer {\n      networking\n      knowledge\n      confidence\n      trust\n      support\n      newPeopleMet\n      comment\n      answers {\n        questionId\n        scale\n        text\n      }\n      updatedAt\n    }\n  }\n": types.FeedbackFormFieldsFragmentDoc,
    "\n  query FeedbackForm($gatheringId: UUID!, $stage: FeedbackStage!) {\n    feedbackForm(gatheringId: $gatheringId, stage: $stage) {\n      ...FeedbackFormFields\n    }\n  }\n": types.FeedbackFormDocument,
    "\n  query FeedbackResults($gatheringId: UUID!, $stage: FeedbackStage!) {\n    feedbackResults(gatheringId: $gatheringId, stage: $stage) {\n      gatheringId\n      stage\n      fewestShown\n      enoughAnswers\n      participants\n      answered\n      responseRate\n      scales {\n        scale\n        questionId\n        prompt\n        shown\n        answered\n        mean\n        counts\n      }\n      newPeopleAnswered\n      newPeopleTotal\n      newPeopleMean\n      texts {\n        questionId\n        prompt\n        texts\n      }\n      series {\n        startGatheringTitle\n        startGatheringSlug\n        beforeAnswered\n        paired\n        scales {\n          scale\n          before\n          after\n          change\n        }\n      }\n    }\n  }\n": types.FeedbackResultsDocument,
    "\n  mutation AddFeedbackQuestion($input: AddFeedbackQuestionInput!) {\n    addFeedbackQuestion(input: $input) {\n      ...FeedbackFormFields\n    }\n  }\n": types.AddFeedbackQuestionDocument,
    "\n  mutation RemoveFeedbackQuestion($questionId: UUID!) {\n    removeFeedbackQuestion(questionId: $questionId) {\n      ...FeedbackFormFields\n    }\n  }\n": types.RemoveFeedbackQuestionDocument,
    "\n  mutation SetFeedbackBefore($input: SetFeedbackBeforeInput!) {\n    setFeedbackBefore(input: $input) {\n      ...FeedbackFormFields\n    }\n  }\n": types.SetFeedbackBeforeDocument,
    "\n  mutation CancelRegistration($input: GatheringIdInput!) {\n    cancelRegistration(input: $input) {\n      ...RegistrationFields\n    }\n  }\n": types.CancelRegistrationDocument,
    "\n  query CheckInCode($gatheringId: UUID!) {\n    checkInCode(gatheringId: $gatheringId) {\n      gatheringId\n      code\n      path\n    }\n  }\n": types.CheckInCodeDocument,
    "\n  mutation CheckInPerson($input: RegistrationIdInput!) {\n    checkInPerson(input: $input) {\n      ...RegistrationFields\n    }\n  }\n": types.CheckInPersonDocument,
    "\n  mutation UndoCheckIn($input: RegistrationIdInput!) {\n    undoCheckIn(input: $input) {\n      ...RegistrationFields\n    }\n  }\n": types.UndoCheckInDocument,
    "\n  mutation CheckInWithCode($input: CheckInWithCodeInput!) {\n    checkInWithCode(input: $input) {\n      ...RegistrationFields\n    }\n  }\n": types.CheckInWithCodeDocument,
    "\n  query CoConveners($slug: String!) {\n    gathering(slug: $slug) {\n      id\n      convenedBy {\n        ...NetworkSummaryFields\n      }\n      pendingCoConveners {\n        ...NetworkSummaryFields\n      }\n    }\n  }\n": types.CoConvenersDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed\n  }\n": types.CreateCalendarFeedDocument,
    "\n  mutation CreateFollowUp($input: CreateFollowUpInput!) {\n    createFollowUp(input: $input) {\n      ...GatheringFields\n    }\n  }\n": types.CreateFollowUpDocument,
    "\n  mutation CreateGathering($input: CreateGatheringInput!) {\n    createGathering(input: $input) {\n      ...GatheringFields\n    }\n  }\n": types.CreateGatheringDocument,
    "\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      ...InvitationFields\n    }\n  }\n": types.CreateInvitationDocument,
    "\n  mutation DecideRegistration($input: DecideRegistrationInput!) {\n    decideRegistration(input: $input) {\n      ...RegistrationFields\n    }\n  }\n": types.DecideRegistrationDocument,
    "\n  query DelegatePlaces($gatheringId: UUID!) {\n    delegatePlaces(gatheringId: $gatheringId) {\n      places\n      delegates\n      network {\n        ...NetworkSummaryFields\n      }\n    }\n  }\n": types.DelegatePlacesDocument,
    "\n  fragment GatheringFields on Gathering {\n    id\n    slug\n    title\n    purpose\n    format\n    venue\n    onlineUrl\n    startsAt\n    endsAt\n    timeZone\n    capacity\n    placesLeft\n    registrationMode\n    accessFeatures\n    accessNotes\n    status\n    viewerIsConvener\n    convenedBy {\n      ...NetworkSummaryFields\n    }\n    viewerRegistration {\n      ...RegistrationFields\n    }\n    followsUp {\n      ...GatheringLinkFields\n    }\n    followedUpBy {\n      ...GatheringLinkFields\n    }\n  }\n": types.GatheringFieldsFragmentDoc,
    "\n  fragment GatheringLinkFields on GatheringLink {\n    id\n    slug\n    title\n    startsAt\n    status\n  }\n": types.GatheringLinkFieldsFragmentDoc,
    "\n  query GatheringParticipants($gatheringId: UUID!, $search: String, $first: Int) {\n    gatheringParticipants(gatheringId: $gatheringId, search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          personId\n          displayName\n          networks {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.GatheringParticipantsDocument,
    "\n  query GatheringRegistrations($gatheringId: UUID!) {\n    gatheringRegistrations(gatheringId: $gatheringId) {\n      ...RegistrationFields\n      representingNetworks {\n        id\n        name\n      }\n      membersOnlyNetworkCount\n    }\n  }\n": types.GatheringRegistrationsDocument,
    "\n  query Gathering($slug: String!) {\n    gathering(slug: $slug) {\n      ...GatheringFields\n    }\n  }\n": types.GatheringDocument,
    "\n  fragment InvitationFields on GatheringInvitation {\n    id\n    code\n    url\n    gatheringId\n    issuedByName\n    networkName\n    isExpired\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  query InvitationTree($gatheringId: UUID!) {\n    invitationTree(gatheringId: $gatheringId) {\n      networksReached\n      maxDepth\n      registrationsThroughInvitations\n      nodes {\n        id\n        parentId\n        depth\n        issuedByName\n        networkName\n        registrations\n        branchRegistrations\n      }\n    }\n  }\n": types.InvitationTreeDocument,
    "\n  query Invitation($code: String!) {\n    invitation(code: $code) {\n      ...InvitationFields\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation InviteByEmail($input: InviteByEmailInput!) {\n    inviteByEmail(input: $input) {\n      sent\n      alreadyRegistered\n      invalid {\n        line\n        value\n        reason\n      }\n    }\n  }\n": types.InviteByEmailDocument,
    "\n  mutation InviteCoConvener($input: InviteCoConvenerInput!) {\n    inviteCoConvener(input: $input) {\n      id\n      pendingCoConveners {\n        ...NetworkSummaryFields\n      }\n    }\n  }\n": types.InviteCoConvenerDocument,
    "\n  query MyCoConveningInvitations {\n    myCoConveningInvitations {\n      gathering {\n        id\n        slug\n        title\n        startsAt\n        endsAt\n        timeZone\n      }\n      network {\n        id\n        name\n      }\n    }\n  }\n": types.MyCoConveningInvitationsDocument,
    "\n  query MyGatherings($past: Boolean!) {\n    myGatherings(past: $past) {\n      id\n      slug\n      title\n      startsAt\n      endsAt\n      timeZone\n      status\n      viewerIsConvener\n      viewerRegistration {\n        id\n        status\n        waitlistPosition\n      }\n    }\n  }\n": types.MyGatheringsDocument,
    "\n  query MyInvitations($gatheringId: UUID!) {\n    myInvitations(gatheringId: $gatheringId) {\n      ...InvitationFields\n      expiresAt\n    }\n  }\n": types.MyInvitationsDocument,
    "\n  query MyNetworks {\n    myNetworks {\n      id\n      name\n      viewerRoles\n    }\n  }\n": types.MyNetworksDocument,
    "\n  query NetworkMembers($slug: String!) {\n    network(slug: $slug) {\n      id\n      people {\n        role\n        person {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.NetworkMembersDocument,
    "\n  mutation NominateDelegate($input: NominateDelegateInput!) {\n    nominateDelegate(input: $input) {\n      ...RegistrationFields\n    }\n  }\n": types.NominateDelegateDocument,
    "\n  mutation RegenerateCheckInCode($input: GatheringIdInput!) {\n    regenerateCheckInCode(input: $input) {\n      gatheringId\n      code\n      path\n    }\n  }\n": types.RegenerateCheckInCodeDocument,
    "\n  mutation RegisterForGathering($input: RegisterForGatheringInput!) {\n    registerForGathering(input: $input) {\n      ...RegistrationFields\n    }\n  }\n": types.RegisterForGatheringDocument,
    "\n  fragment RegistrationFields on Registration {\n    id\n    gatheringId\n    personId\n    personName\n    status\n    waitlistPosition\n    accessNeeds\n    shareAccessNeeds\n    representingNetworkIds\n    checkIn {\n      method\n      checkedInAt\n    }\n  }\n": types.RegistrationFieldsFragmentDoc,
    "\n  mutation RespondToCoConvening($input: RespondToCoConveningInput!) {\n    respondToCoConvening(input: $input) {\n      ...GatheringFields\n    }\n  }\n": types.RespondToCoConveningDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  mutation SetDelegatePlaces($input: SetDelegatePlacesInput!) {\n    setDelegatePlaces(input: $input) {\n      places\n      delegates\n      network {\n        ...NetworkSummaryFields\n      }\n    }\n  }\n": types.SetDelegatePlacesDocument,
    "\n  mutation SetGatheringStatus($input: SetGatheringStatusInput!) {\n    setGatheringStatus(input: $input) {\n      ...GatheringFields\n    }\n  }\n": types.SetGatheringStatusDocument,
    "\n  mutation UpdateGathering($input: UpdateGatheringInput!) {\n    updateGathering(input: $input) {\n      ...GatheringFields\n    }\n  }\n": types.UpdateGatheringDocument,
    "\n  query WhosMissing($gatheringId: UUID!) {\n    whosMissing(gatheringId: $gatheringId) {\n      networks {\n        id\n        name\n        slug\n      }\n      sectors\n      regions\n      registered\n      came\n      notComeByNetwork {\n        network {\n          id\n          name\n          slug\n        }\n        registered\n        came\n      }\n      sectorsNotCome\n    }\n  }\n": types.WhosMissingDocument,
    "\n  fragment HarvestFields on Harvest {\n    gatheringId\n    gatheringTitle\n    gatheringSlug\n    status\n    visibility\n    version\n    publishedAt\n    viewerMayEdit\n    themes {\n      heading\n      body\n    }\n    sessions {\n      id\n      title\n      hostName\n      spaceName\n      slotLabel\n      slotStartsAt\n      slotEndsAt\n      tookPart\n      notes {\n        text\n        authorName\n      }\n      actions {\n        id\n        what\n        ownerName\n        dueOn\n        done\n      }\n    }\n  }\n": types.HarvestFieldsFragmentDoc,
    "\n  query Harvest($gatheringId: UUID!) {\n    harvest(gatheringId: $gatheringId) {\n      ...HarvestFields\n    }\n  }\n": types.HarvestDocument,
    "\n  mutation MarkActionDone($input: SetActionDoneInput!) {\n    setActionDone(input: $input) {\n      id\n      done\n    }\n  }\n": types.MarkActionDoneDocument,
    "\n  query MyActions {\n    myActions {\n      id\n      what\n      dueOn\n      done\n      sessionTitle\n      gatheringId\n      gatheringTitle\n      gatheringSlug\n    }\n  }\n": types.MyActionsDocument,
    "\n  mutation SaveHarvest($input: SaveHarvestInput!) {\n    saveHarvest(input: $input) {\n      ...HarvestFields\n    }\n  }\n": types.SaveHarvestDocument,
    "\n  mutation SetHarvestStatus($input: SetHarvestStatusInput!) {\n    setHarvestStatus(input: $input) {\n      ...HarvestFields\n    }\n  }\n": types.SetHarvestStatusDocument,
    "\n  fragment ImpactFields on Impact {\n    subjectKind\n    slug\n    name\n    periodKind\n    fullView\n    mayPublish\n    published\n    shown\n    fewestPeopleShown\n    gatheringCount\n    networkCount\n    bridgingNetworks\n    bridgingEstimated\n    bridgingSince\n    periods {\n      key\n      label\n      startsAt\n      figures {\n        ...ImpactFigureFields\n      }\n    }\n    total {\n      key\n      label\n      startsAt\n      figures {\n        ...ImpactFigureFields\n      }\n    }\n  }\n": types.ImpactFieldsFragmentDoc,
    "\n  fragment ImpactFigureFields on ImpactFigure {\n    measure\n    name\n    scale\n    suppressed\n    value\n  }\n": types.ImpactFigureFieldsFragmentDoc,
    "\n  query GatheringImpact($slug: String!) {\n    gatheringImpact(slug: $slug) {\n      ...ImpactFields\n    }\n  }\n": types.GatheringImpactDocument,
    "\n  query NetworkImpact($slug: String!) {\n    networkImpact(slug: $slug) {\n      ...ImpactFields\n    }\n    # The network's id, which choosing what it publishes needs.\n    network(slug: $slug) {\n      id\n    }\n  }\n": types.NetworkImpactDocument,
    "\n  query CoalitionImpact($slug: String!) {\n    coalitionImpact(slug: $slug) {\n      ...ImpactFields\n    }\n    network(slug: $slug) {\n      id\n    }\n  }\n": types.CoalitionImpactDocument,
    "\n  mutation SetImpactPublications($input: SetImpactPublicationsInput!) {\n    setImpactPublications(input: $input) {\n      networkId\n      measures\n    }\n  }\n": types.SetImpactPublicationsDocument,
    "\n  mutation ClaimNetwork($input: ClaimNetworkInput!) {\n    claimNetwork(input: $input) {\n      id\n      status\n    }\n  }\n": types.ClaimNetworkDocument,
    "\n  mutation CloseNetwork($input: CloseNetworkInput!) {\n    closeNetwork(input: $input) {\n      ...NetworkFields\n    }\n  }\n": types.CloseNetworkDocument,
    "\n  query DirectoryGraph($search: String, $filter: NetworkFilter) {\n    directoryGraph(search: $search, filter: $filter) {\n      ...NetworkGraphFields\n    }\n  }\n": types.DirectoryGraphDocument,
    "\n  mutation EndMembership($input: EndMembershipInput!) {\n    endMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n": types.EndMembershipDocument,
    "\n  mutation HandOverRole($input: HandOverRoleInput!) {\n    handOverRole(input: $input)\n  }\n": types.HandOverRoleDocument,
    "\n  mutation InviteToNetwork($input: InviteToNetworkInput!) {\n    inviteToNetwork(input: $input) {\n      ...RoleInvitationFields\n    }\n  }\n": types.InviteToNetworkDocument,
    "\n  mutation ListNetwork($input: ListNetworkInput!) {\n    listNetwork(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": types.ListNetworkDocument,
    "\n  fragment MembershipFields on NetworkMembership {\n    id\n    status\n    tieType\n    since\n    until\n    createdAt\n    member {\n      ...NetworkSummaryFields\n    }\n    parent {\n      ...NetworkSummaryFields\n    }\n  }\n": types.MembershipFieldsFragmentDoc,
    "\n  fragment NetworkCardFields on Network {\n    id\n    slug\n    name\n    kind\n    purpose\n    themes\n    area {\n      placeName\n      region\n    }\n    isClosed\n    memberCount\n    createdAt\n    publishedImpact\n  }\n": types.NetworkCardFieldsFragmentDoc,
    "\n  fragment NetworkFields on Network {\n    id\n    slug\n    name\n    kind\n    purpose\n    values\n    description\n    themes\n    sectors\n    area {\n      placeName\n      region\n      latitude\n      longitude\n    }\n    scope\n    lifecycleStage\n    isClosed\n    closingNote\n    visibility\n    website\n    contact\n    memberCount\n    viewerRoles\n    createdAt\n  }\n": types.NetworkFieldsFragmentDoc,
    "\n  fragment NetworkGraphFields on NetworkGraph {\n    nodeCount\n    edgeCount\n    outsideTieCount\n    isBetweennessEstimated\n    nodes {\n      id\n      slug\n      name\n      kind\n      region\n      isClosed\n      degree\n      betweenness\n      isBridge\n      cluster\n    }\n    edges {\n      id\n      source\n      target\n      tieType\n    }\n  }\n": types.NetworkGraphFieldsFragmentDoc,
    "\n  query NetworkGraph($slug: String!, $depth: Int) {\n    networkGraph(slug: $slug, depth: $depth) {\n      ...NetworkGraphFields\n    }\n  }\n": types.NetworkGraphDocument,
    "\n  query NetworkManage($slug: String!) {\n    network(slug: $slug) {\n      ...NetworkFields\n      ...NetworkRelationsFields\n      handshakes {\n        ...MembershipFields\n      }\n      pendingInvitations {\n        ...RoleInvitationFields\n      }\n    }\n  }\n": types.NetworkManageDocument,
    "\n  query NetworkPeopleHistory($slug: String!) {\n    network(slug: $slug) {\n      id\n      people(includePast: true) {\n        ...RoleHolderFields\n      }\n    }\n  }\n": types.NetworkPeopleHistoryDocument,
    "\n  query NetworkPicker($search: String!) {\n    networks(search: $search, first: 8, sort: RELEVANCE) {\n      edges {\n        node {\n          id\n          slug\n          name\n          kind\n          isClosed\n        }\n      }\n    }\n  }\n": types.NetworkPickerDocument,
    "\n  fragment NetworkRelationsFields on Network {\n    id\n    isClaimed\n    memberNetworks {\n      ...MembershipFields\n    }\n    coalitions {\n      depth\n      network {\n        ...NetworkSummaryFields\n      }\n    }\n    people {\n      ...RoleHolderFields\n    }\n    lifecycleHistory {\n      stage\n      note\n      at\n    }\n  }\n": types.NetworkRelationsFieldsFragmentDoc,
    "\n  fragment NetworkSummaryFields on NetworkSummary {\n    id\n    slug\n    name\n    kind\n    isClosed\n  }\n": types.NetworkSummaryFieldsFragmentDoc,
    "\n  query Network($slug: String!) {\n    network(slug: $slug) {\n      ...NetworkFields\n      ...NetworkRelationsFields\n    }\n  }\n": types.NetworkDocument,
    "\n  query NetworksDirectory($search: String, $filter: NetworkFilter, $sort: NetworkSort!, $first: Int!, $after: String) {\n    networks(search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...NetworkCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        kinds {\n          value\n          count\n        }\n        sectors {\n          value\n          count\n        }\n        scopes {\n          value\n          count\n        }\n        lifecycleStages {\n          value\n          count\n        }\n        regions {\n          value\n          count\n        }\n        themes {\n          value\n          count\n        }\n      }\n    }\n  }\n": types.NetworksDirectoryDocument,
    "\n  mutation ProposeMembership($input: ProposeMembershipInput!) {\n    proposeMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n": types.ProposeMembershipDocument,
    "\n  mutation RegisterNetwork($input: RegisterNetworkInput!) {\n    registerNetwork(input: $input) {\n      ...NetworkFields\n    }\n  }\n": types.RegisterNetworkDocument,
    "\n  mutation RemoveNetworkRole($input: RemoveNetworkRoleInput!) {\n    removeNetworkRole(input: $input)\n  }\n": types.RemoveNetworkRoleDocument,
    "\n  mutation RespondToMembership($input: RespondToMembershipInput!) {\n    respondToMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n": types.RespondToMembershipDocument,
    "\n  fragment RoleHolderFields on NetworkRoleHolder {\n    role\n    since\n    until\n    person {\n      id\n      displayName\n      pronouns\n    }\n  }\n": types.RoleHolderFieldsFragmentDoc,
    "\n  fragment RoleInvitationFields on NetworkRoleInvitation {\n    id\n    email\n    role\n    status\n    createdAt\n    invitedByName\n    networkId\n    networkName\n    networkSlug\n  }\n": types.RoleInvitationFieldsFragmentDoc,
    "\n  mutation UpdateNetwork($input: UpdateNetworkInput!) {\n    updateNetwork(input: $input) {\n      ...NetworkFields\n    }\n  }\n": types.UpdateNetworkDocument,
    "\n  mutation AnswerTie($input: RespondToMembershipInput!) {\n    respondToMembership(input: $input) {\n      id\n      status\n    }\n  }\n": types.AnswerTieDocument,
    "\n  subscription InboxUpdates {\n    inboxUpdates {\n      unreadCount\n      latest {\n        id\n      }\n    }\n  }\n": types.InboxUpdatesDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  mutation MarkNotificationRead($input: NotificationIdInput!) {\n    markNotificationRead(input: $input) {\n      id\n      read\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    read\n    createdAt\n    subjectType\n    subjectId\n    actor {\n      id\n      displayName\n    }\n    facts {\n      title\n      slug\n      networkName\n      networkSlug\n      networkId\n      otherNetworkName\n      otherNetworkSlug\n      path\n      role\n      answer\n      side\n    }\n    tie {\n      id\n      status\n    }\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation AddAction($input: AddActionInput!) {\n    addAction(input: $input) {\n      ...ActionFields\n    }\n  }\n": types.AddActionDocument,
    "\n  mutation AddNote($input: AddNoteInput!) {\n    addNote(input: $input) {\n      ...NoteFields\n    }\n  }\n": types.AddNoteDocument,
    "\n  mutation ApplySchedule($input: ApplyScheduleInput!) {\n    applySchedule(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.ApplyScheduleDocument,
    "\n  mutation CarryOnSession($input: CarryOnSessionInput!) {\n    carryOnSession(input: $input) {\n      id\n      slug\n    }\n  }\n": types.CarryOnSessionDocument,
    "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      name\n      capacity\n      tags\n      videoUrl\n    }\n  }\n": types.CreateSpaceDocument,
    "\n  mutation CreateTimeSlot($input: CreateTimeSlotInput!) {\n    createTimeSlot(input: $input) {\n      id\n      startsAt\n      endsAt\n      label\n    }\n  }\n": types.CreateTimeSlotDocument,
    "\n  mutation DeleteSpace($input: SpaceIdInput!) {\n    deleteSpace(input: $input)\n  }\n": types.DeleteSpaceDocument,
    "\n  mutation DeleteTimeSlot($input: TimeSlotIdInput!) {\n    deleteTimeSlot(input: $input)\n  }\n": types.DeleteTimeSlotDocument,
    "\n  mutation EditNote($input: EditNoteInput!) {\n    editNote(input: $input) {\n      ...NoteFields\n    }\n  }\n": types.EditNoteDocument,
    "\n  mutation JoinRoom($input: SessionIdInput!) {\n    joinRoom(input: $input) {\n      ...PresenceFields\n    }\n  }\n": types.JoinRoomDocument,
    "\n  mutation JoinSomewhereNew($input: GatheringIdInput!) {\n    joinSomewhereNew(input: $input) {\n      ...PresenceFields\n    }\n  }\n": types.JoinSomewhereNewDocument,
    "\n  mutation LeaveRoom($input: GatheringIdInput!) {\n    leaveRoom(input: $input) {\n      ...PresenceFields\n    }\n  }\n": types.LeaveRoomDocument,
    "\n  mutation MergeSessions($input: MergeSessionsInput!) {\n    mergeSessions(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.MergeSessionsDocument,
    "\n  query MyPresence($gatheringId: UUID!) {\n    myPresence(gatheringId: $gatheringId) {\n      ...PresenceFields\n    }\n  }\n": types.MyPresenceDocument,
    "\n  mutation PlaceSession($input: PlaceSessionInput!) {\n    placeSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.PlaceSessionDocument,
    "\n  fragment PresenceFields on Presence {\n    gatheringId\n    session {\n      ...SessionFields\n    }\n  }\n": types.PresenceFieldsFragmentDoc,
    "\n  mutation ProposeSession($input: ProposeSessionInput!) {\n    proposeSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.ProposeSessionDocument,
    "\n  fragment NoteFields on Note {\n    id\n    sessionId\n    text\n    author {\n      id\n      displayName\n    }\n    version\n    createdAt\n    updatedAt\n  }\n": types.NoteFieldsFragmentDoc,
    "\n  fragment ActionFields on Action {\n    id\n    sessionId\n    what\n    ownerName\n    ownerId\n    dueOn\n    done\n    createdAt\n  }\n": types.ActionFieldsFragmentDoc,
    "\n  fragment RoomFields on Room {\n    gatheringStatus\n    session {\n      ...SessionFields\n      space {\n        id\n        name\n        tags\n        videoUrl\n      }\n      slot {\n        id\n        startsAt\n        endsAt\n        label\n      }\n    }\n    people {\n      id\n      displayName\n    }\n    whoCame {\n      id\n      displayName\n    }\n    notes {\n      ...NoteFields\n    }\n    actions {\n      ...ActionFields\n    }\n  }\n": types.RoomFieldsFragmentDoc,
    "\n  subscription RoomUpdates($sessionId: UUID!) {\n    roomUpdates(sessionId: $sessionId) {\n      snapshot {\n        ...RoomFields\n      }\n      notes {\n        ...NoteFields\n      }\n      actions {\n        ...ActionFields\n      }\n    }\n  }\n": types.RoomUpdatesDocument,
    "\n  query Room($sessionId: UUID!) {\n    room(sessionId: $sessionId) {\n      ...RoomFields\n    }\n  }\n": types.RoomDocument,
    "\n  fragment SessionFields on Session {\n    id\n    gatheringId\n    title\n    description\n    needs\n    host {\n      id\n      displayName\n    }\n    slotId\n    spaceId\n    capacity\n    headcount\n    interestCount\n    mergedIntoId\n    version\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation SetActionDone($input: SetActionDoneInput!) {\n    setActionDone(input: $input) {\n      ...ActionFields\n    }\n  }\n": types.SetActionDoneDocument,
    "\n  mutation StarSession($input: StarSessionInput!) {\n    starSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.StarSessionDocument,
    "\n  query SuggestSchedule($gatheringId: UUID!) {\n    suggestSchedule(gatheringId: $gatheringId) {\n      placements {\n        sessionId\n        slotId\n        spaceId\n      }\n      unplaced {\n        sessionId\n        code\n        reason\n      }\n    }\n  }\n": types.SuggestScheduleDocument,
    "\n  mutation UnplaceSession($input: SessionIdInput!) {\n    unplaceSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.UnplaceSessionDocument,
    "\n  fragment WallFields on Wall {\n    gatheringId\n    gatheringStatus\n    serverTime\n    spaces {\n      id\n      name\n      capacity\n      tags\n      videoUrl\n    }\n    slots {\n      id\n      startsAt\n      endsAt\n      label\n    }\n    sessions {\n      ...SessionFields\n    }\n    starredSessionIds\n  }\n": types.WallFieldsFragmentDoc,
    "\n  subscription WallUpdates($gatheringId: UUID!) {\n    wallUpdates(gatheringId: $gatheringId) {\n      snapshot {\n        ...WallFields\n      }\n      sessions {\n        ...SessionFields\n      }\n    }\n  }\n": types.WallUpdatesDocument,
    "\n  query Wall($gatheringId: UUID!) {\n    wall(gatheringId: $gatheringId) {\n      ...WallFields\n    }\n  }\n": types.WallDocument,
    "\n  fragment ConnectionFields on Connection {\n    id\n    status\n    closeness\n    awaitsYou\n    person {\n      id\n      displayName\n    }\n    gathering {\n      id\n      slug\n      title\n      startsAt\n    }\n    theirNetworks {\n      id\n      slug\n      name\n    }\n    theirMembersOnlyNetworkCount\n    sharedGatherings {\n      id\n      slug\n      title\n      startsAt\n    }\n    sharedConversations {\n      id\n      title\n    }\n    confirmedAt\n  }\n": types.ConnectionFieldsFragmentDoc,
    "\n  mutation SayWeMet($input: SayWeMetInput!) {\n    sayWeMet(input: $input) {\n      ...ConnectionFields\n    }\n  }\n": types.SayWeMetDocument,
    "\n  mutation ConfirmConnection($input: ConnectionIdInput!) {\n    confirmConnection(input: $input) {\n      ...ConnectionFields\n    }\n  }\n": types.ConfirmConnectionDocument,
    "\n  mutation SetConnectionCloseness($input: SetClosenessInput!) {\n    setConnectionCloseness(input: $input) {\n      id\n      closeness\n    }\n  }\n": types.SetConnectionClosenessDocument,
    "\n  mutation RemoveConnection($input: ConnectionIdInput!) {\n    removeConnection(input: $input)\n  }\n": types.RemoveConnectionDocument,
    "\n  query PeopleMet($first: Int, $after: String) {\n    connectionProposals {\n      ...ConnectionFields\n    }\n    peopleMet(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ConnectionFields\n        }\n      }\n    }\n  }\n": types.PeopleMetDocument,
    "\n  query MetSuggestions($gatheringId: UUID!) {\n    metSuggestions(gatheringId: $gatheringId) {\n      person {\n        id\n        displayName\n      }\n      sharedRooms\n      connectionStatus\n    }\n  }\n": types.MetSuggestionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNetworkInvitations {\n    myNetworkInvitations {\n      ...RoleInvitationFields\n    }\n  }\n"): (typeof documents)["\n  query MyNetworkInvitations {\n    myNetworkInvitations {\n      ...RoleInvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n      isDefault\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n      isDefault\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFields on Person {\n    id\n    displayName\n    pronouns\n    bio\n    locale\n    email\n    emailVerified\n    hasPassword\n    isPlatformAdmin\n  }\n"): (typeof documents)["\n  fragment PersonFields on Person {\n    id\n    displayName\n    pronouns\n    bio\n    locale\n    email\n    emailVerified\n    hasPassword\n    isPlatformAdmin\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"): (typeof documents)["\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToNetworkInvitation($input: RespondToNetworkInvitationInput!) {\n    respondToNetworkInvitation(input: $input) {\n      ...RoleInvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToNetworkInvitation($input: RespondToNetworkInvitationInput!) {\n    respondToNetworkInvitation(input: $input) {\n      ...RoleInvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      delivery\n      isDefault\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      delivery\n      isDefault\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithLink($input: SignInWithLinkInput!) {\n    signInWithLink(input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignInWithLink($input: SignInWithLinkInput!) {\n    signInWithLink(input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($first: Int!, $after: String, $action: AuditAction) {\n    auditEvents(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          subjectType\n          subjectId\n          subjectName\n          detail\n          mentions {\n            key\n            name\n          }\n          createdAt\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($first: Int!, $after: String, $action: AuditAction) {\n    auditEvents(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          subjectType\n          subjectId\n          subjectName\n          detail\n          mentions {\n            key\n            name\n          }\n          createdAt\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideNetworkClaim($input: DecideNetworkClaimInput!) {\n    decideNetworkClaim(input: $input) {\n      ...NetworkClaimFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideNetworkClaim($input: DecideNetworkClaimInput!) {\n    decideNetworkClaim(input: $input) {\n      ...NetworkClaimFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkClaimFields on NetworkClaim {\n    id\n    status\n    message\n    createdAt\n    claimantName\n    claimantEmail\n    network {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment NetworkClaimFields on NetworkClaim {\n    id\n    status\n    message\n    createdAt\n    claimantName\n    claimantEmail\n    network {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingNetworkClaims {\n    pendingNetworkClaims {\n      ...NetworkClaimFields\n    }\n  }\n"): (typeof documents)["\n  query PendingNetworkClaims {\n    pendingNetworkClaims {\n      ...NetworkClaimFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AskOfferFields on AskOffer {\n    id\n    side\n    kind\n    title\n    description\n    themes\n    area\n    endsOn\n    status\n    createdAt\n    closedAt\n    viewerMayEdit\n    network {\n      id\n      slug\n      name\n    }\n    postedBy {\n      id\n      displayName\n    }\n    gathering {\n      id\n      title\n      slug\n    }\n    metByOffer {\n      id\n      title\n    }\n    metByNetwork {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AskOfferFields on AskOffer {\n    id\n    side\n    kind\n    title\n    description\n    themes\n    area\n    endsOn\n    status\n    createdAt\n    closedAt\n    viewerMayEdit\n    network {\n      id\n      slug\n      name\n    }\n    postedBy {\n      id\n      displayName\n    }\n    gathering {\n      id\n      title\n      slug\n    }\n    metByOffer {\n      id\n      title\n    }\n    metByNetwork {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AsksOffers($filter: AskOfferFilterInput, $first: Int, $after: String) {\n    asksOffers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AskOfferFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AsksOffers($filter: AskOfferFilterInput, $first: Int, $after: String) {\n    asksOffers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AskOfferFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AskOffer($id: UUID!) {\n    askOffer(id: $id) {\n      ...AskOfferFields\n    }\n    askOfferMatches(id: $id, first: 10) {\n      score\n      isGood\n      sameNetwork\n      introductionConversationId\n      match {\n        ...AskOfferFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AskOffer($id: UUID!) {\n    askOffer(id: $id) {\n      ...AskOfferFields\n    }\n    askOfferMatches(id: $id, first: 10) {\n      score\n      isGood\n      sameNetwork\n      introductionConversationId\n      match {\n        ...AskOfferFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPostingNetworks {\n    myNetworks {\n      id\n      name\n      viewerRoles\n    }\n  }\n"): (typeof documents)["\n  query MyPostingNetworks {\n    myNetworks {\n      id\n      name\n      viewerRoles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostAskOffer($input: PostAskOfferInput!) {\n    postAskOffer(input: $input) {\n      ...AskOfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation PostAskOffer($input: PostAskOfferInput!) {\n    postAskOffer(input: $input) {\n      ...AskOfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseAskOffer($input: CloseAskOfferInput!) {\n    closeAskOffer(input: $input) {\n      ...AskOfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseAskOffer($input: CloseAskOfferInput!) {\n    closeAskOffer(input: $input) {\n      ...AskOfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntroduceAskOffer($input: AskAndOfferInput!) {\n    introduceAskOffer(input: $input) {\n      conversationId\n      isNew\n    }\n  }\n"): (typeof documents)["\n  mutation IntroduceAskOffer($input: AskAndOfferInput!) {\n    introduceAskOffer(input: $input) {\n      conversationId\n      isNew\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAskMet($input: AskAndOfferInput!) {\n    markAskMet(input: $input) {\n      ...AskOfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkAskMet($input: AskAndOfferInput!) {\n    markAskMet(input: $input) {\n      ...AskOfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GatheringAsksOffers($gatheringId: UUID!) {\n    asksOffers(filter: { gatheringId: $gatheringId }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          side\n          title\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GatheringAsksOffers($gatheringId: UUID!) {\n    asksOffers(filter: { gatheringId: $gatheringId }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          side\n          title\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAskOffer($input: UpdateAskOfferInput!) {\n    updateAskOffer(input: $input) {\n      ...AskOfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAskOffer($input: UpdateAskOfferInput!) {\n    updateAskOffer(input: $input) {\n      ...AskOfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkReciprocity($networkId: UUID!) {\n    networkReciprocity(networkId: $networkId) {\n      metForCount\n      metByCount\n      metFor {\n        count\n        network {\n          id\n          name\n          slug\n        }\n      }\n      metBy {\n        count\n        network {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkReciprocity($networkId: UUID!) {\n    networkReciprocity(networkId: $networkId) {\n      metForCount\n      metByCount\n      metFor {\n        count\n        network {\n          id\n          name\n          slug\n        }\n      }\n      metBy {\n        count\n        network {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPost($input: AddPostInput!) {\n    addPost(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddPost($input: AddPostInput!) {\n    addPost(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    title\n    isSeeded\n    lockedAt\n    postCount\n    lastSeq\n    lastPostAt\n    viewerFollows\n    viewerModerates\n    viewerLastReadSeq\n    unreadCount\n    gathering {\n      id\n      name\n      slug\n    }\n    session {\n      id\n      name\n    }\n    network {\n      id\n      name\n      slug\n    }\n    startedBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    title\n    isSeeded\n    lockedAt\n    postCount\n    lastSeq\n    lastPostAt\n    viewerFollows\n    viewerModerates\n    viewerLastReadSeq\n    unreadCount\n    gathering {\n      id\n      name\n      slug\n    }\n    session {\n      id\n      name\n    }\n    network {\n      id\n      name\n      slug\n    }\n    startedBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationInvitation($code: String!) {\n    conversationInvitation(code: $code) {\n      code\n      conversationTitle\n    }\n  }\n"): (typeof documents)["\n  query ConversationInvitation($code: String!) {\n    conversationInvitation(code: $code) {\n      code\n      conversationTitle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConversationUpdates($conversationId: UUID!) {\n    conversationUpdates(conversationId: $conversationId) {\n      conversation {\n        ...ConversationFields\n      }\n      posts {\n        ...PostFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ConversationUpdates($conversationId: UUID!) {\n    conversationUpdates(conversationId: $conversationId) {\n      conversation {\n        ...ConversationFields\n      }\n      posts {\n        ...PostFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversation($id: UUID!, $first: Int, $after: String) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n    posts(conversationId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PostFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Conversation($id: UUID!, $first: Int, $after: String) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n    posts(conversationId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PostFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversations($gatheringId: UUID, $following: Boolean, $first: Int, $after: String) {\n    conversations(gatheringId: $gatheringId, following: $following, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ConversationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Conversations($gatheringId: UUID, $following: Boolean, $first: Int, $after: String) {\n    conversations(gatheringId: $gatheringId, following: $following, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ConversationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateConversationInvitation($input: ConversationIdInput!) {\n    createConversationInvitation(input: $input) {\n      code\n      conversationTitle\n    }\n  }\n"): (typeof documents)["\n  mutation CreateConversationInvitation($input: ConversationIdInput!) {\n    createConversationInvitation(input: $input) {\n      code\n      conversationTitle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($input: PostIdInput!) {\n    deletePost(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePost($input: PostIdInput!) {\n    deletePost(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowConversation($input: FollowConversationInput!) {\n    followConversation(input: $input) {\n      ...ConversationFields\n    }\n  }\n"): (typeof documents)["\n  mutation FollowConversation($input: FollowConversationInput!) {\n    followConversation(input: $input) {\n      ...ConversationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HidePost($input: HidePostInput!) {\n    hidePost(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation HidePost($input: HidePostInput!) {\n    hidePost(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinConversation($code: String!) {\n    joinConversation(code: $code) {\n      ...ConversationFields\n    }\n  }\n"): (typeof documents)["\n  mutation JoinConversation($code: String!) {\n    joinConversation(code: $code) {\n      ...ConversationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) {\n      ...ConversationFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input) {\n      ...ConversationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mentionables($conversationId: UUID!, $search: String!) {\n    mentionables(conversationId: $conversationId, search: $search) {\n      people {\n        id\n        displayName\n      }\n      networks {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Mentionables($conversationId: UUID!, $search: String!) {\n    mentionables(conversationId: $conversationId, search: $search) {\n      people {\n        id\n        displayName\n      }\n      networks {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostFields on Post {\n    id\n    seq\n    parentId\n    body\n    isQuestion\n    replyCount\n    createdAt\n    editedAt\n    deletedAt\n    author {\n      id\n      displayName\n    }\n    hidden {\n      reason\n      hiddenAt\n    }\n    mentionedPeople {\n      id\n      displayName\n    }\n    mentionedNetworks {\n      id\n      name\n      slug\n    }\n    reactions {\n      reaction\n      count\n      mine\n    }\n  }\n"): (typeof documents)["\n  fragment PostFields on Post {\n    id\n    seq\n    parentId\n    body\n    isQuestion\n    replyCount\n    createdAt\n    editedAt\n    deletedAt\n    author {\n      id\n      displayName\n    }\n    hidden {\n      reason\n      hiddenAt\n    }\n    mentionedPeople {\n      id\n      displayName\n    }\n    mentionedNetworks {\n      id\n      name\n      slug\n    }\n    reactions {\n      reaction\n      count\n      mine\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostHistory($postId: UUID!) {\n    postHistory(postId: $postId) {\n      body\n      writtenAt\n      editedAt\n    }\n  }\n"): (typeof documents)["\n  query PostHistory($postId: UUID!) {\n    postHistory(postId: $postId) {\n      body\n      writtenAt\n      editedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Posts($id: UUID!, $first: Int, $after: String) {\n    posts(conversationId: $id, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PostFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Posts($id: UUID!, $first: Int, $after: String) {\n    posts(conversationId: $id, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PostFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactToPost($input: ReactInput!) {\n    reactToPost(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactToPost($input: ReactInput!) {\n    reactToPost(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConversationLocked($input: SetConversationLockedInput!) {\n    setConversationLocked(input: $input) {\n      ...ConversationFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetConversationLocked($input: SetConversationLockedInput!) {\n    setConversationLocked(input: $input) {\n      ...ConversationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartConversation($input: StartConversationInput!) {\n    startConversation(input: $input) {\n      ...ConversationFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartConversation($input: StartConversationInput!) {\n    startConversation(input: $input) {\n      ...ConversationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerFeedback($input: AnswerFeedbackInput!) {\n    answerFeedback(input: $input) {\n      ...FeedbackFormFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerFeedback($input: AnswerFeedbackInput!) {\n    answerFeedback(input: $input) {\n      ...FeedbackFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedbackFormFields on FeedbackForm {\n    gatheringId\n    gatheringTitle\n    gatheringSlug\n    stage\n    open\n    closesAt\n    asksBefore\n    viewerMayAnswer\n    viewerIsConvener\n    questionsLocked\n    questions {\n      id\n      kind\n      prompt\n    }\n    myAnswer {\n      networking\n      knowledge\n      confidence\n      trust\n      support\n      newPeopleMet\n      comment\n      answers {\n        questionId\n        scale\n        text\n      }\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  fragment FeedbackFormFields on FeedbackForm {\n    gatheringId\n    gatheringTitle\n    gatheringSlug\n    stage\n    open\n    closesAt\n    asksBefore\n    viewerMayAnswer\n    viewerIsConvener\n    questionsLocked\n    questions {\n      id\n      kind\n      prompt\n    }\n    myAnswer {\n      networking\n      knowledge\n      confidence\n      trust\n      support\n      newPeopleMet\n      comment\n      answers {\n        questionId\n        scale\n        text\n      }\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackForm($gatheringId: UUID!, $stage: FeedbackStage!) {\n    feedbackForm(gatheringId: $gatheringId, stage: $stage) {\n      ...FeedbackFormFields\n    }\n  }\n"): (typeof documents)["\n  query FeedbackForm($gatheringId: UUID!, $stage: FeedbackStage!) {\n    feedbackForm(gatheringId: $gatheringId, stage: $stage) {\n      ...FeedbackFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackResults($gatheringId: UUID!, $stage: FeedbackStage!) {\n    feedbackResults(gatheringId: $gatheringId, stage: $stage) {\n      gatheringId\n      stage\n      fewestShown\n      enoughAnswers\n      participants\n      answered\n      responseRate\n      scales {\n        scale\n        questionId\n        prompt\n        shown\n        answered\n        mean\n        counts\n      }\n      newPeopleAnswered\n      newPeopleTotal\n      newPeopleMean\n      texts {\n        questionId\n        prompt\n        texts\n      }\n      series {\n        startGatheringTitle\n        startGatheringSlug\n        beforeAnswered\n        paired\n        scales {\n          scale\n          before\n          after\n          change\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedbackResults($gatheringId: UUID!, $stage: FeedbackStage!) {\n    feedbackResults(gatheringId: $gatheringId, stage: $stage) {\n      gatheringId\n      stage\n      fewestShown\n      enoughAnswers\n      participants\n      answered\n      responseRate\n      scales {\n        scale\n        questionId\n        prompt\n        shown\n        answered\n        mean\n        counts\n      }\n      newPeopleAnswered\n      newPeopleTotal\n      newPeopleMean\n      texts {\n        questionId\n        prompt\n        texts\n      }\n      series {\n        startGatheringTitle\n        startGatheringSlug\n        beforeAnswered\n        paired\n        scales {\n          scale\n          before\n          after\n          change\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFeedbackQuestion($input: AddFeedbackQuestionInput!) {\n    addFeedbackQuestion(input: $input) {\n      ...FeedbackFormFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddFeedbackQuestion($input: AddFeedbackQuestionInput!) {\n    addFeedbackQuestion(input: $input) {\n      ...FeedbackFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFeedbackQuestion($questionId: UUID!) {\n    removeFeedbackQuestion(questionId: $questionId) {\n      ...FeedbackFormFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveFeedbackQuestion($questionId: UUID!) {\n    removeFeedbackQuestion(questionId: $questionId) {\n      ...FeedbackFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFeedbackBefore($input: SetFeedbackBeforeInput!) {\n    setFeedbackBefore(input: $input) {\n      ...FeedbackFormFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetFeedbackBefore($input: SetFeedbackBeforeInput!) {\n    setFeedbackBefore(input: $input) {\n      ...FeedbackFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRegistration($input: GatheringIdInput!) {\n    cancelRegistration(input: $input) {\n      ...RegistrationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelRegistration($input: GatheringIdInput!) {\n    cancelRegistration(input: $input) {\n      ...RegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckInCode($gatheringId: UUID!) {\n    checkInCode(gatheringId: $gatheringId) {\n      gatheringId\n      code\n      path\n    }\n  }\n"): (typeof documents)["\n  query CheckInCode($gatheringId: UUID!) {\n    checkInCode(gatheringId: $gatheringId) {\n      gatheringId\n      code\n      path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInPerson($input: RegistrationIdInput!) {\n    checkInPerson(input: $input) {\n      ...RegistrationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInPerson($input: RegistrationIdInput!) {\n    checkInPerson(input: $input) {\n      ...RegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoCheckIn($input: RegistrationIdInput!) {\n    undoCheckIn(input: $input) {\n      ...RegistrationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UndoCheckIn($input: RegistrationIdInput!) {\n    undoCheckIn(input: $input) {\n      ...RegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInWithCode($input: CheckInWithCodeInput!) {\n    checkInWithCode(input: $input) {\n      ...RegistrationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInWithCode($input: CheckInWithCodeInput!) {\n    checkInWithCode(input: $input) {\n      ...RegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoConveners($slug: String!) {\n    gathering(slug: $slug) {\n      id\n      convenedBy {\n        ...NetworkSummaryFields\n      }\n      pendingCoConveners {\n        ...NetworkSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoConveners($slug: String!) {\n    gathering(slug: $slug) {\n      id\n      convenedBy {\n        ...NetworkSummaryFields\n      }\n      pendingCoConveners {\n        ...NetworkSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarFeed {\n    createCalendarFeed\n  }\n"): (typeof documents)["\n  mutation CreateCalendarFeed {\n    createCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFollowUp($input: CreateFollowUpInput!) {\n    createFollowUp(input: $input) {\n      ...GatheringFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFollowUp($input: CreateFollowUpInput!) {\n    createFollowUp(input: $input) {\n      ...GatheringFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGathering($input: CreateGatheringInput!) {\n    createGathering(input: $input) {\n      ...GatheringFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGathering($input: CreateGatheringInput!) {\n    createGathering(input: $input) {\n      ...GatheringFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideRegistration($input: DecideRegistrationInput!) {\n    decideRegistration(input: $input) {\n      ...RegistrationFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideRegistration($input: DecideRegistrationInput!) {\n    decideRegistration(input: $input) {\n      ...RegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DelegatePlaces($gatheringId: UUID!) {\n    delegatePlaces(gatheringId: $gatheringId) {\n      places\n      delegates\n      network {\n        ...NetworkSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DelegatePlaces($gatheringId: UUID!) {\n    delegatePlaces(gatheringId: $gatheringId) {\n      places\n      delegates\n      network {\n        ...NetworkSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GatheringFields on Gathering {\n    id\n    slug\n    title\n    purpose\n    format\n    venue\n    onlineUrl\n    startsAt\n    endsAt\n    timeZone\n    capacity\n    placesLeft\n    registrationMode\n    accessFeatures\n    accessNotes\n    status\n    viewerIsConvener\n    convenedBy {\n      ...NetworkSummaryFields\n    }\n    viewerRegistration {\n      ...RegistrationFields\n    }\n    followsUp {\n      ...GatheringLinkFields\n    }\n    followedUpBy {\n      ...GatheringLinkFields\n    }\n  }\n"): (typeof documents)["\n  fragment GatheringFields on Gathering {\n    id\n    slug\n    title\n    purpose\n    format\n    venue\n    onlineUrl\n    startsAt\n    endsAt\n    timeZone\n    capacity\n    placesLeft\n    registrationMode\n    accessFeatures\n    accessNotes\n    status\n    viewerIsConvener\n    convenedBy {\n      ...NetworkSummaryFields\n    }\n    viewerRegistration {\n      ...RegistrationFields\n    }\n    followsUp {\n      ...GatheringLinkFields\n    }\n    followedUpBy {\n      ...GatheringLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GatheringLinkFields on GatheringLink {\n    id\n    slug\n    title\n    startsAt\n    status\n  }\n"): (typeof documents)["\n  fragment GatheringLinkFields on GatheringLink {\n    id\n    slug\n    title\n    startsAt\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GatheringParticipants($gatheringId: UUID!, $search: String, $first: Int) {\n    gatheringParticipants(gatheringId: $gatheringId, search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          personId\n          displayName\n          networks {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GatheringParticipants($gatheringId: UUID!, $search: String, $first: Int) {\n    gatheringParticipants(gatheringId: $gatheringId, search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          personId\n          displayName\n          networks {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GatheringRegistrations($gatheringId: UUID!) {\n    gatheringRegistrations(gatheringId: $gatheringId) {\n      ...RegistrationFields\n      representingNetworks {\n        id\n        name\n      }\n      membersOnlyNetworkCount\n    }\n  }\n"): (typeof documents)["\n  query GatheringRegistrations($gatheringId: UUID!) {\n    gatheringRegistrations(gatheringId: $gatheringId) {\n      ...RegistrationFields\n      representingNetworks {\n        id\n        name\n      }\n      membersOnlyNetworkCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Gathering($slug: String!) {\n    gathering(slug: $slug) {\n      ...GatheringFields\n    }\n  }\n"): (typeof documents)["\n  query Gathering($slug: String!) {\n    gathering(slug: $slug) {\n      ...GatheringFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on GatheringInvitation {\n    id\n    code\n    url\n    gatheringId\n    issuedByName\n    networkName\n    isExpired\n  }\n"): (typeof documents)["\n  fragment InvitationFields on GatheringInvitation {\n    id\n    code\n    url\n    gatheringId\n    issuedByName\n    networkName\n    isExpired\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationTree($gatheringId: UUID!) {\n    invitationTree(gatheringId: $gatheringId) {\n      networksReached\n      maxDepth\n      registrationsThroughInvitations\n      nodes {\n        id\n        parentId\n        depth\n        issuedByName\n        networkName\n        registrations\n        branchRegistrations\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitationTree($gatheringId: UUID!) {\n    invitationTree(gatheringId: $gatheringId) {\n      networksReached\n      maxDepth\n      registrationsThroughInvitations\n      nodes {\n        id\n        parentId\n        depth\n        issuedByName\n        networkName\n        registrations\n        branchRegistrations\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($code: String!) {\n    invitation(code: $code) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  query Invitation($code: String!) {\n    invitation(code: $code) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteByEmail($input: InviteByEmailInput!) {\n    inviteByEmail(input: $input) {\n      sent\n      alreadyRegistered\n      invalid {\n        line\n        value\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteByEmail($input: InviteByEmailInput!) {\n    inviteByEmail(input: $input) {\n      sent\n      alreadyRegistered\n      invalid {\n        line\n        value\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteCoConvener($input: InviteCoConvenerInput!) {\n    inviteCoConvener(input: $input) {\n      id\n      pendingCoConveners {\n        ...NetworkSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteCoConvener($input: InviteCoConvenerInput!) {\n    inviteCoConvener(input: $input) {\n      id\n      pendingCoConveners {\n        ...NetworkSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCoConveningInvitations {\n    myCoConveningInvitations {\n      gathering {\n        id\n        slug\n        title\n        startsAt\n        endsAt\n        timeZone\n      }\n      network {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCoConveningInvitations {\n    myCoConveningInvitations {\n      gathering {\n        id\n        slug\n        title\n        startsAt\n        endsAt\n        timeZone\n      }\n      network {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGatherings($past: Boolean!) {\n    myGatherings(past: $past) {\n      id\n      slug\n      title\n      startsAt\n      endsAt\n      timeZone\n      status\n      viewerIsConvener\n      viewerRegistration {\n        id\n        status\n        waitlistPosition\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyGatherings($past: Boolean!) {\n    myGatherings(past: $past) {\n      id\n      slug\n      title\n      startsAt\n      endsAt\n      timeZone\n      status\n      viewerIsConvener\n      viewerRegistration {\n        id\n        status\n        waitlistPosition\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInvitations($gatheringId: UUID!) {\n    myInvitations(gatheringId: $gatheringId) {\n      ...InvitationFields\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query MyInvitations($gatheringId: UUID!) {\n    myInvitations(gatheringId: $gatheringId) {\n      ...InvitationFields\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNetworks {\n    myNetworks {\n      id\n      name\n      viewerRoles\n    }\n  }\n"): (typeof documents)["\n  query MyNetworks {\n    myNetworks {\n      id\n      name\n      viewerRoles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkMembers($slug: String!) {\n    network(slug: $slug) {\n      id\n      people {\n        role\n        person {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkMembers($slug: String!) {\n    network(slug: $slug) {\n      id\n      people {\n        role\n        person {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NominateDelegate($input: NominateDelegateInput!) {\n    nominateDelegate(input: $input) {\n      ...RegistrationFields\n    }\n  }\n"): (typeof documents)["\n  mutation NominateDelegate($input: NominateDelegateInput!) {\n    nominateDelegate(input: $input) {\n      ...RegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateCheckInCode($input: GatheringIdInput!) {\n    regenerateCheckInCode(input: $input) {\n      gatheringId\n      code\n      path\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateCheckInCode($input: GatheringIdInput!) {\n    regenerateCheckInCode(input: $input) {\n      gatheringId\n      code\n      path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForGathering($input: RegisterForGatheringInput!) {\n    registerForGathering(input: $input) {\n      ...RegistrationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterForGathering($input: RegisterForGatheringInput!) {\n    registerForGathering(input: $input) {\n      ...RegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegistrationFields on Registration {\n    id\n    gatheringId\n    personId\n    personName\n    status\n    waitlistPosition\n    accessNeeds\n    shareAccessNeeds\n    representingNetworkIds\n    checkIn {\n      method\n      checkedInAt\n    }\n  }\n"): (typeof documents)["\n  fragment RegistrationFields on Registration {\n    id\n    gatheringId\n    personId\n    personName\n    status\n    waitlistPosition\n    accessNeeds\n    shareAccessNeeds\n    representingNetworkIds\n    checkIn {\n      method\n      checkedInAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToCoConvening($input: RespondToCoConveningInput!) {\n    respondToCoConvening(input: $input) {\n      ...GatheringFields\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToCoConvening($input: RespondToCoConveningInput!) {\n    respondToCoConvening(input: $input) {\n      ...GatheringFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDelegatePlaces($input: SetDelegatePlacesInput!) {\n    setDelegatePlaces(input: $input) {\n      places\n      delegates\n      network {\n        ...NetworkSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetDelegatePlaces($input: SetDelegatePlacesInput!) {\n    setDelegatePlaces(input: $input) {\n      places\n      delegates\n      network {\n        ...NetworkSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGatheringStatus($input: SetGatheringStatusInput!) {\n    setGatheringStatus(input: $input) {\n      ...GatheringFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetGatheringStatus($input: SetGatheringStatusInput!) {\n    setGatheringStatus(input: $input) {\n      ...GatheringFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGathering($input: UpdateGatheringInput!) {\n    updateGathering(input: $input) {\n      ...GatheringFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGathering($input: UpdateGatheringInput!) {\n    updateGathering(input: $input) {\n      ...GatheringFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhosMissing($gatheringId: UUID!) {\n    whosMissing(gatheringId: $gatheringId) {\n      networks {\n        id\n        name\n        slug\n      }\n      sectors\n      regions\n      registered\n      came\n      notComeByNetwork {\n        network {\n          id\n          name\n          slug\n        }\n        registered\n        came\n      }\n      sectorsNotCome\n    }\n  }\n"): (typeof documents)["\n  query WhosMissing($gatheringId: UUID!) {\n    whosMissing(gatheringId: $gatheringId) {\n      networks {\n        id\n        name\n        slug\n      }\n      sectors\n      regions\n      registered\n      came\n      notComeByNetwork {\n        network {\n          id\n          name\n          slug\n        }\n        registered\n        came\n      }\n      sectorsNotCome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HarvestFields on Harvest {\n    gatheringId\n    gatheringTitle\n    gatheringSlug\n    status\n    visibility\n    version\n    publishedAt\n    viewerMayEdit\n    themes {\n      heading\n      body\n    }\n    sessions {\n      id\n      title\n      hostName\n      spaceName\n      slotLabel\n      slotStartsAt\n      slotEndsAt\n      tookPart\n      notes {\n        text\n        authorName\n      }\n      actions {\n        id\n        what\n        ownerName\n        dueOn\n        done\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment HarvestFields on Harvest {\n    gatheringId\n    gatheringTitle\n    gatheringSlug\n    status\n    visibility\n    version\n    publishedAt\n    viewerMayEdit\n    themes {\n      heading\n      body\n    }\n    sessions {\n      id\n      title\n      hostName\n      spaceName\n      slotLabel\n      slotStartsAt\n      slotEndsAt\n      tookPart\n      notes {\n        text\n        authorName\n      }\n      actions {\n        id\n        what\n        ownerName\n        dueOn\n        done\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Harvest($gatheringId: UUID!) {\n    harvest(gatheringId: $gatheringId) {\n      ...HarvestFields\n    }\n  }\n"): (typeof documents)["\n  query Harvest($gatheringId: UUID!) {\n    harvest(gatheringId: $gatheringId) {\n      ...HarvestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkActionDone($input: SetActionDoneInput!) {\n    setActionDone(input: $input) {\n      id\n      done\n    }\n  }\n"): (typeof documents)["\n  mutation MarkActionDone($input: SetActionDoneInput!) {\n    setActionDone(input: $input) {\n      id\n      done\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActions {\n    myActions {\n      id\n      what\n      dueOn\n      done\n      sessionTitle\n      gatheringId\n      gatheringTitle\n      gatheringSlug\n    }\n  }\n"): (typeof documents)["\n  query MyActions {\n    myActions {\n      id\n      what\n      dueOn\n      done\n      sessionTitle\n      gatheringId\n      gatheringTitle\n      gatheringSlug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveHarvest($input: SaveHarvestInput!) {\n    saveHarvest(input: $input) {\n      ...HarvestFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveHarvest($input: SaveHarvestInput!) {\n    saveHarvest(input: $input) {\n      ...HarvestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetHarvestStatus($input: SetHarvestStatusInput!) {\n    setHarvestStatus(input: $input) {\n      ...HarvestFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetHarvestStatus($input: SetHarvestStatusInput!) {\n    setHarvestStatus(input: $input) {\n      ...HarvestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImpactFields on Impact {\n    subjectKind\n    slug\n    name\n    periodKind\n    fullView\n    mayPublish\n    published\n    shown\n    fewestPeopleShown\n    gatheringCount\n    networkCount\n    bridgingNetworks\n    bridgingEstimated\n    bridgingSince\n    periods {\n      key\n      label\n      startsAt\n      figures {\n        ...ImpactFigureFields\n      }\n    }\n    total {\n      key\n      label\n      startsAt\n      figures {\n        ...ImpactFigureFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ImpactFields on Impact {\n    subjectKind\n    slug\n    name\n    periodKind\n    fullView\n    mayPublish\n    published\n    shown\n    fewestPeopleShown\n    gatheringCount\n    networkCount\n    bridgingNetworks\n    bridgingEstimated\n    bridgingSince\n    periods {\n      key\n      label\n      startsAt\n      figures {\n        ...ImpactFigureFields\n      }\n    }\n    total {\n      key\n      label\n      startsAt\n      figures {\n        ...ImpactFigureFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImpactFigureFields on ImpactFigure {\n    measure\n    name\n    scale\n    suppressed\n    value\n  }\n"): (typeof documents)["\n  fragment ImpactFigureFields on ImpactFigure {\n    measure\n    name\n    scale\n    suppressed\n    value\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GatheringImpact($slug: String!) {\n    gatheringImpact(slug: $slug) {\n      ...ImpactFields\n    }\n  }\n"): (typeof documents)["\n  query GatheringImpact($slug: String!) {\n    gatheringImpact(slug: $slug) {\n      ...ImpactFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkImpact($slug: String!) {\n    networkImpact(slug: $slug) {\n      ...ImpactFields\n    }\n    # The network's id, which choosing what it publishes needs.\n    network(slug: $slug) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query NetworkImpact($slug: String!) {\n    networkImpact(slug: $slug) {\n      ...ImpactFields\n    }\n    # The network's id, which choosing what it publishes needs.\n    network(slug: $slug) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoalitionImpact($slug: String!) {\n    coalitionImpact(slug: $slug) {\n      ...ImpactFields\n    }\n    network(slug: $slug) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query CoalitionImpact($slug: String!) {\n    coalitionImpact(slug: $slug) {\n      ...ImpactFields\n    }\n    network(slug: $slug) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetImpactPublications($input: SetImpactPublicationsInput!) {\n    setImpactPublications(input: $input) {\n      networkId\n      measures\n    }\n  }\n"): (typeof documents)["\n  mutation SetImpactPublications($input: SetImpactPublicationsInput!) {\n    setImpactPublications(input: $input) {\n      networkId\n      measures\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimNetwork($input: ClaimNetworkInput!) {\n    claimNetwork(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimNetwork($input: ClaimNetworkInput!) {\n    claimNetwork(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseNetwork($input: CloseNetworkInput!) {\n    closeNetwork(input: $input) {\n      ...NetworkFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseNetwork($input: CloseNetworkInput!) {\n    closeNetwork(input: $input) {\n      ...NetworkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryGraph($search: String, $filter: NetworkFilter) {\n    directoryGraph(search: $search, filter: $filter) {\n      ...NetworkGraphFields\n    }\n  }\n"): (typeof documents)["\n  query DirectoryGraph($search: String, $filter: NetworkFilter) {\n    directoryGraph(search: $search, filter: $filter) {\n      ...NetworkGraphFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMembership($input: EndMembershipInput!) {\n    endMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n"): (typeof documents)["\n  mutation EndMembership($input: EndMembershipInput!) {\n    endMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandOverRole($input: HandOverRoleInput!) {\n    handOverRole(input: $input)\n  }\n"): (typeof documents)["\n  mutation HandOverRole($input: HandOverRoleInput!) {\n    handOverRole(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToNetwork($input: InviteToNetworkInput!) {\n    inviteToNetwork(input: $input) {\n      ...RoleInvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToNetwork($input: InviteToNetworkInput!) {\n    inviteToNetwork(input: $input) {\n      ...RoleInvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListNetwork($input: ListNetworkInput!) {\n    listNetwork(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ListNetwork($input: ListNetworkInput!) {\n    listNetwork(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembershipFields on NetworkMembership {\n    id\n    status\n    tieType\n    since\n    until\n    createdAt\n    member {\n      ...NetworkSummaryFields\n    }\n    parent {\n      ...NetworkSummaryFields\n    }\n  }\n"): (typeof documents)["\n  fragment MembershipFields on NetworkMembership {\n    id\n    status\n    tieType\n    since\n    until\n    createdAt\n    member {\n      ...NetworkSummaryFields\n    }\n    parent {\n      ...NetworkSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkCardFields on Network {\n    id\n    slug\n    name\n    kind\n    purpose\n    themes\n    area {\n      placeName\n      region\n    }\n    isClosed\n    memberCount\n    createdAt\n    publishedImpact\n  }\n"): (typeof documents)["\n  fragment NetworkCardFields on Network {\n    id\n    slug\n    name\n    kind\n    purpose\n    themes\n    area {\n      placeName\n      region\n    }\n    isClosed\n    memberCount\n    createdAt\n    publishedImpact\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkFields on Network {\n    id\n    slug\n    name\n    kind\n    purpose\n    values\n    description\n    themes\n    sectors\n    area {\n      placeName\n      region\n      latitude\n      longitude\n    }\n    scope\n    lifecycleStage\n    isClosed\n    closingNote\n    visibility\n    website\n    contact\n    memberCount\n    viewerRoles\n    createdAt\n  }\n"): (typeof documents)["\n  fragment NetworkFields on Network {\n    id\n    slug\n    name\n    kind\n    purpose\n    values\n    description\n    themes\n    sectors\n    area {\n      placeName\n      region\n      latitude\n      longitude\n    }\n    scope\n    lifecycleStage\n    isClosed\n    closingNote\n    visibility\n    website\n    contact\n    memberCount\n    viewerRoles\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkGraphFields on NetworkGraph {\n    nodeCount\n    edgeCount\n    outsideTieCount\n    isBetweennessEstimated\n    nodes {\n      id\n      slug\n      name\n      kind\n      region\n      isClosed\n      degree\n      betweenness\n      isBridge\n      cluster\n    }\n    edges {\n      id\n      source\n      target\n      tieType\n    }\n  }\n"): (typeof documents)["\n  fragment NetworkGraphFields on NetworkGraph {\n    nodeCount\n    edgeCount\n    outsideTieCount\n    isBetweennessEstimated\n    nodes {\n      id\n      slug\n      name\n      kind\n      region\n      isClosed\n      degree\n      betweenness\n      isBridge\n      cluster\n    }\n    edges {\n      id\n      source\n      target\n      tieType\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkGraph($slug: String!, $depth: Int) {\n    networkGraph(slug: $slug, depth: $depth) {\n      ...NetworkGraphFields\n    }\n  }\n"): (typeof documents)["\n  query NetworkGraph($slug: String!, $depth: Int) {\n    networkGraph(slug: $slug, depth: $depth) {\n      ...NetworkGraphFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkManage($slug: String!) {\n    network(slug: $slug) {\n      ...NetworkFields\n      ...NetworkRelationsFields\n      handshakes {\n        ...MembershipFields\n      }\n      pendingInvitations {\n        ...RoleInvitationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkManage($slug: String!) {\n    network(slug: $slug) {\n      ...NetworkFields\n      ...NetworkRelationsFields\n      handshakes {\n        ...MembershipFields\n      }\n      pendingInvitations {\n        ...RoleInvitationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkPeopleHistory($slug: String!) {\n    network(slug: $slug) {\n      id\n      people(includePast: true) {\n        ...RoleHolderFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkPeopleHistory($slug: String!) {\n    network(slug: $slug) {\n      id\n      people(includePast: true) {\n        ...RoleHolderFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkPicker($search: String!) {\n    networks(search: $search, first: 8, sort: RELEVANCE) {\n      edges {\n        node {\n          id\n          slug\n          name\n          kind\n          isClosed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkPicker($search: String!) {\n    networks(search: $search, first: 8, sort: RELEVANCE) {\n      edges {\n        node {\n          id\n          slug\n          name\n          kind\n          isClosed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkRelationsFields on Network {\n    id\n    isClaimed\n    memberNetworks {\n      ...MembershipFields\n    }\n    coalitions {\n      depth\n      network {\n        ...NetworkSummaryFields\n      }\n    }\n    people {\n      ...RoleHolderFields\n    }\n    lifecycleHistory {\n      stage\n      note\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment NetworkRelationsFields on Network {\n    id\n    isClaimed\n    memberNetworks {\n      ...MembershipFields\n    }\n    coalitions {\n      depth\n      network {\n        ...NetworkSummaryFields\n      }\n    }\n    people {\n      ...RoleHolderFields\n    }\n    lifecycleHistory {\n      stage\n      note\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkSummaryFields on NetworkSummary {\n    id\n    slug\n    name\n    kind\n    isClosed\n  }\n"): (typeof documents)["\n  fragment NetworkSummaryFields on NetworkSummary {\n    id\n    slug\n    name\n    kind\n    isClosed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Network($slug: String!) {\n    network(slug: $slug) {\n      ...NetworkFields\n      ...NetworkRelationsFields\n    }\n  }\n"): (typeof documents)["\n  query Network($slug: String!) {\n    network(slug: $slug) {\n      ...NetworkFields\n      ...NetworkRelationsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworksDirectory($search: String, $filter: NetworkFilter, $sort: NetworkSort!, $first: Int!, $after: String) {\n    networks(search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...NetworkCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        kinds {\n          value\n          count\n        }\n        sectors {\n          value\n          count\n        }\n        scopes {\n          value\n          count\n        }\n        lifecycleStages {\n          value\n          count\n        }\n        regions {\n          value\n          count\n        }\n        themes {\n          value\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworksDirectory($search: String, $filter: NetworkFilter, $sort: NetworkSort!, $first: Int!, $after: String) {\n    networks(search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...NetworkCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        kinds {\n          value\n          count\n        }\n        sectors {\n          value\n          count\n        }\n        scopes {\n          value\n          count\n        }\n        lifecycleStages {\n          value\n          count\n        }\n        regions {\n          value\n          count\n        }\n        themes {\n          value\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeMembership($input: ProposeMembershipInput!) {\n    proposeMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeMembership($input: ProposeMembershipInput!) {\n    proposeMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterNetwork($input: RegisterNetworkInput!) {\n    registerNetwork(input: $input) {\n      ...NetworkFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterNetwork($input: RegisterNetworkInput!) {\n    registerNetwork(input: $input) {\n      ...NetworkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveNetworkRole($input: RemoveNetworkRoleInput!) {\n    removeNetworkRole(input: $input)\n  }\n"): (typeof documents)["\n  mutation RemoveNetworkRole($input: RemoveNetworkRoleInput!) {\n    removeNetworkRole(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToMembership($input: RespondToMembershipInput!) {\n    respondToMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToMembership($input: RespondToMembershipInput!) {\n    respondToMembership(input: $input) {\n      ...MembershipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleHolderFields on NetworkRoleHolder {\n    role\n    since\n    until\n    person {\n      id\n      displayName\n      pronouns\n    }\n  }\n"): (typeof documents)["\n  fragment RoleHolderFields on NetworkRoleHolder {\n    role\n    since\n    until\n    person {\n      id\n      displayName\n      pronouns\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleInvitationFields on NetworkRoleInvitation {\n    id\n    email\n    role\n    status\n    createdAt\n    invitedByName\n    networkId\n    networkName\n    networkSlug\n  }\n"): (typeof documents)["\n  fragment RoleInvitationFields on NetworkRoleInvitation {\n    id\n    email\n    role\n    status\n    createdAt\n    invitedByName\n    networkId\n    networkName\n    networkSlug\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNetwork($input: UpdateNetworkInput!) {\n    updateNetwork(input: $input) {\n      ...NetworkFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNetwork($input: UpdateNetworkInput!) {\n    updateNetwork(input: $input) {\n      ...NetworkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerTie($input: RespondToMembershipInput!) {\n    respondToMembership(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerTie($input: RespondToMembershipInput!) {\n    respondToMembership(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InboxUpdates {\n    inboxUpdates {\n      unreadCount\n      latest {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription InboxUpdates {\n    inboxUpdates {\n      unreadCount\n      latest {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($input: NotificationIdInput!) {\n    markNotificationRead(input: $input) {\n      id\n      read\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($input: NotificationIdInput!) {\n    markNotificationRead(input: $input) {\n      id\n      read\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    read\n    createdAt\n    subjectType\n    subjectId\n    actor {\n      id\n      displayName\n    }\n    facts {\n      title\n      slug\n      networkName\n      networkSlug\n      networkId\n      otherNetworkName\n      otherNetworkSlug\n      path\n      role\n      answer\n      side\n    }\n    tie {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    read\n    createdAt\n    subjectType\n    subjectId\n    actor {\n      id\n      displayName\n    }\n    facts {\n      title\n      slug\n      networkName\n      networkSlug\n      networkId\n      otherNetworkName\n      otherNetworkSlug\n      path\n      role\n      answer\n      side\n    }\n    tie {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAction($input: AddActionInput!) {\n    addAction(input: $input) {\n      ...ActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddAction($input: AddActionInput!) {\n    addAction(input: $input) {\n      ...ActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddNote($input: AddNoteInput!) {\n    addNote(input: $input) {\n      ...NoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddNote($input: AddNoteInput!) {\n    addNote(input: $input) {\n      ...NoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplySchedule($input: ApplyScheduleInput!) {\n    applySchedule(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApplySchedule($input: ApplyScheduleInput!) {\n    applySchedule(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CarryOnSession($input: CarryOnSessionInput!) {\n    carryOnSession(input: $input) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation CarryOnSession($input: CarryOnSessionInput!) {\n    carryOnSession(input: $input) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      name\n      capacity\n      tags\n      videoUrl\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      name\n      capacity\n      tags\n      videoUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTimeSlot($input: CreateTimeSlotInput!) {\n    createTimeSlot(input: $input) {\n      id\n      startsAt\n      endsAt\n      label\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTimeSlot($input: CreateTimeSlotInput!) {\n    createTimeSlot(input: $input) {\n      id\n      startsAt\n      endsAt\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSpace($input: SpaceIdInput!) {\n    deleteSpace(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteSpace($input: SpaceIdInput!) {\n    deleteSpace(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTimeSlot($input: TimeSlotIdInput!) {\n    deleteTimeSlot(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteTimeSlot($input: TimeSlotIdInput!) {\n    deleteTimeSlot(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditNote($input: EditNoteInput!) {\n    editNote(input: $input) {\n      ...NoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditNote($input: EditNoteInput!) {\n    editNote(input: $input) {\n      ...NoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinRoom($input: SessionIdInput!) {\n    joinRoom(input: $input) {\n      ...PresenceFields\n    }\n  }\n"): (typeof documents)["\n  mutation JoinRoom($input: SessionIdInput!) {\n    joinRoom(input: $input) {\n      ...PresenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinSomewhereNew($input: GatheringIdInput!) {\n    joinSomewhereNew(input: $input) {\n      ...PresenceFields\n    }\n  }\n"): (typeof documents)["\n  mutation JoinSomewhereNew($input: GatheringIdInput!) {\n    joinSomewhereNew(input: $input) {\n      ...PresenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveRoom($input: GatheringIdInput!) {\n    leaveRoom(input: $input) {\n      ...PresenceFields\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveRoom($input: GatheringIdInput!) {\n    leaveRoom(input: $input) {\n      ...PresenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeSessions($input: MergeSessionsInput!) {\n    mergeSessions(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation MergeSessions($input: MergeSessionsInput!) {\n    mergeSessions(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPresence($gatheringId: UUID!) {\n    myPresence(gatheringId: $gatheringId) {\n      ...PresenceFields\n    }\n  }\n"): (typeof documents)["\n  query MyPresence($gatheringId: UUID!) {\n    myPresence(gatheringId: $gatheringId) {\n      ...PresenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceSession($input: PlaceSessionInput!) {\n    placeSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceSession($input: PlaceSessionInput!) {\n    placeSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PresenceFields on Presence {\n    gatheringId\n    session {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  fragment PresenceFields on Presence {\n    gatheringId\n    session {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeSession($input: ProposeSessionInput!) {\n    proposeSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeSession($input: ProposeSessionInput!) {\n    proposeSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoteFields on Note {\n    id\n    sessionId\n    text\n    author {\n      id\n      displayName\n    }\n    version\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment NoteFields on Note {\n    id\n    sessionId\n    text\n    author {\n      id\n      displayName\n    }\n    version\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionFields on Action {\n    id\n    sessionId\n    what\n    ownerName\n    ownerId\n    dueOn\n    done\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ActionFields on Action {\n    id\n    sessionId\n    what\n    ownerName\n    ownerId\n    dueOn\n    done\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoomFields on Room {\n    gatheringStatus\n    session {\n      ...SessionFields\n      space {\n        id\n        name\n        tags\n        videoUrl\n      }\n      slot {\n        id\n        startsAt\n        endsAt\n        label\n      }\n    }\n    people {\n      id\n      displayName\n    }\n    whoCame {\n      id\n      displayName\n    }\n    notes {\n      ...NoteFields\n    }\n    actions {\n      ...ActionFields\n    }\n  }\n"): (typeof documents)["\n  fragment RoomFields on Room {\n    gatheringStatus\n    session {\n      ...SessionFields\n      space {\n        id\n        name\n        tags\n        videoUrl\n      }\n      slot {\n        id\n        startsAt\n        endsAt\n        label\n      }\n    }\n    people {\n      id\n      displayName\n    }\n    whoCame {\n      id\n      displayName\n    }\n    notes {\n      ...NoteFields\n    }\n    actions {\n      ...ActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RoomUpdates($sessionId: UUID!) {\n    roomUpdates(sessionId: $sessionId) {\n      snapshot {\n        ...RoomFields\n      }\n      notes {\n        ...NoteFields\n      }\n      actions {\n        ...ActionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription RoomUpdates($sessionId: UUID!) {\n    roomUpdates(sessionId: $sessionId) {\n      snapshot {\n        ...RoomFields\n      }\n      notes {\n        ...NoteFields\n      }\n      actions {\n        ...ActionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Room($sessionId: UUID!) {\n    room(sessionId: $sessionId) {\n      ...RoomFields\n    }\n  }\n"): (typeof documents)["\n  query Room($sessionId: UUID!) {\n    room(sessionId: $sessionId) {\n      ...RoomFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on Session {\n    id\n    gatheringId\n    title\n    description\n    needs\n    host {\n      id\n      displayName\n    }\n    slotId\n    spaceId\n    capacity\n    headcount\n    interestCount\n    mergedIntoId\n    version\n  }\n"): (typeof documents)["\n  fragment SessionFields on Session {\n    id\n    gatheringId\n    title\n    description\n    needs\n    host {\n      id\n      displayName\n    }\n    slotId\n    spaceId\n    capacity\n    headcount\n    interestCount\n    mergedIntoId\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetActionDone($input: SetActionDoneInput!) {\n    setActionDone(input: $input) {\n      ...ActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetActionDone($input: SetActionDoneInput!) {\n    setActionDone(input: $input) {\n      ...ActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StarSession($input: StarSessionInput!) {\n    starSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation StarSession($input: StarSessionInput!) {\n    starSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestSchedule($gatheringId: UUID!) {\n    suggestSchedule(gatheringId: $gatheringId) {\n      placements {\n        sessionId\n        slotId\n        spaceId\n      }\n      unplaced {\n        sessionId\n        code\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestSchedule($gatheringId: UUID!) {\n    suggestSchedule(gatheringId: $gatheringId) {\n      placements {\n        sessionId\n        slotId\n        spaceId\n      }\n      unplaced {\n        sessionId\n        code\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnplaceSession($input: SessionIdInput!) {\n    unplaceSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnplaceSession($input: SessionIdInput!) {\n    unplaceSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WallFields on Wall {\n    gatheringId\n    gatheringStatus\n    serverTime\n    spaces {\n      id\n      name\n      capacity\n      tags\n      videoUrl\n    }\n    slots {\n      id\n      startsAt\n      endsAt\n      label\n    }\n    sessions {\n      ...SessionFields\n    }\n    starredSessionIds\n  }\n"): (typeof documents)["\n  fragment WallFields on Wall {\n    gatheringId\n    gatheringStatus\n    serverTime\n    spaces {\n      id\n      name\n      capacity\n      tags\n      videoUrl\n    }\n    slots {\n      id\n      startsAt\n      endsAt\n      label\n    }\n    sessions {\n      ...SessionFields\n    }\n    starredSessionIds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WallUpdates($gatheringId: UUID!) {\n    wallUpdates(gatheringId: $gatheringId) {\n      snapshot {\n        ...WallFields\n      }\n      sessions {\n        ...SessionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription WallUpdates($gatheringId: UUID!) {\n    wallUpdates(gatheringId: $gatheringId) {\n      snapshot {\n        ...WallFields\n      }\n      sessions {\n        ...SessionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Wall($gatheringId: UUID!) {\n    wall(gatheringId: $gatheringId) {\n      ...WallFields\n    }\n  }\n"): (typeof documents)["\n  query Wall($gatheringId: UUID!) {\n    wall(gatheringId: $gatheringId) {\n      ...WallFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConnectionFields on Connection {\n    id\n    status\n    closeness\n    awaitsYou\n    person {\n      id\n      displayName\n    }\n    gathering {\n      id\n      slug\n      title\n      startsAt\n    }\n    theirNetworks {\n      id\n      slug\n      name\n    }\n    theirMembersOnlyNetworkCount\n    sharedGatherings {\n      id\n      slug\n      title\n      startsAt\n    }\n    sharedConversations {\n      id\n      title\n    }\n    confirmedAt\n  }\n"): (typeof documents)["\n  fragment ConnectionFields on Connection {\n    id\n    status\n    closeness\n    awaitsYou\n    person {\n      id\n      displayName\n    }\n    gathering {\n      id\n      slug\n      title\n      startsAt\n    }\n    theirNetworks {\n      id\n      slug\n      name\n    }\n    theirMembersOnlyNetworkCount\n    sharedGatherings {\n      id\n      slug\n      title\n      startsAt\n    }\n    sharedConversations {\n      id\n      title\n    }\n    confirmedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SayWeMet($input: SayWeMetInput!) {\n    sayWeMet(input: $input) {\n      ...ConnectionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SayWeMet($input: SayWeMetInput!) {\n    sayWeMet(input: $input) {\n      ...ConnectionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmConnection($input: ConnectionIdInput!) {\n    confirmConnection(input: $input) {\n      ...ConnectionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmConnection($input: ConnectionIdInput!) {\n    confirmConnection(input: $input) {\n      ...ConnectionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConnectionCloseness($input: SetClosenessInput!) {\n    setConnectionCloseness(input: $input) {\n      id\n      closeness\n    }\n  }\n"): (typeof documents)["\n  mutation SetConnectionCloseness($input: SetClosenessInput!) {\n    setConnectionCloseness(input: $input) {\n      id\n      closeness\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveConnection($input: ConnectionIdInput!) {\n    removeConnection(input: $input)\n  }\n"): (typeof documents)["\n  mutation RemoveConnection($input: ConnectionIdInput!) {\n    removeConnection(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleMet($first: Int, $after: String) {\n    connectionProposals {\n      ...ConnectionFields\n    }\n    peopleMet(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ConnectionFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleMet($first: Int, $after: String) {\n    connectionProposals {\n      ...ConnectionFields\n    }\n    peopleMet(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ConnectionFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetSuggestions($gatheringId: UUID!) {\n    metSuggestions(gatheringId: $gatheringId) {\n      person {\n        id\n        displayName\n      }\n      sharedRooms\n      connectionStatus\n    }\n  }\n"): (typeof documents)["\n  query MetSuggestions($gatheringId: UUID!) {\n    metSuggestions(gatheringId: $gatheringId) {\n      person {\n        id\n        displayName\n      }\n      sharedRooms\n      connectionStatus\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;