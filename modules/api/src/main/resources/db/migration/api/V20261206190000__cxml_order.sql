-- The cXML OrderRequest each order came from: its payloadID and the buyer's From credential, so that the
-- ConfirmationRequest and ShipNoticeRequest HaloWill sends about the order refer to that document and go to that buyer.
create table api.cxml_order (
    order_id      uuid primary key,
    payload_id    varchar(250) not null,
    from_domain   varchar(60)  not null,
    from_identity varchar(250) not null,
    order_date    varchar(40)  not null
);
